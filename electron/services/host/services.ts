import type { HostApi } from '../../../shared/host-api/contract';
import { consoleLogger, type Logger } from '../logger';
import { dataPaths } from '../storage/data-directory';
import { SettingsStore } from '../storage/settings-store';
import { Storage, type StorageOptions } from '../storage/storage';
import { TemplateCatalog } from '../templates/template-catalog';
import { appService } from './app';
import { documentService } from './documents';
import { asHostError, guardFor } from './guard';
import { libraryService } from './library';
import { settingsService } from './settings';

export type HostServicesOptions = {
  dataDirectory: string;
  templatesDirectory: string;
  shell: 'electron' | 'web';
  version: string;
  openExternal: (url: string) => Promise<void>;
  log?: Logger;
  /** Tuning for tests and benchmarks (compaction thresholds, index delay). */
  storage?: Omit<StorageOptions, 'log'>;
};

export type HostServices = {
  api: HostApi;
  /** Waits for every pending save and compaction and writes the library index. */
  close(): Promise<void>;
};

/**
 * The whole host API on plain Node: the Electron main process serves it over IPC
 * and the web host over HTTP, both through dispatch(), which validates arguments.
 */
export async function createHostServices(options: HostServicesOptions): Promise<HostServices> {
  const log = options.log ?? consoleLogger;
  const storage = await Storage.open(options.dataDirectory, { ...options.storage, log }).catch(
    (error: unknown) => {
      throw asHostError(error, `Opening the data folder ${options.dataDirectory}`);
    },
  );
  const settings = await SettingsStore.open(dataPaths(options.dataDirectory).settings, log).catch(
    async (error: unknown) => {
      await storage.close();
      throw asHostError(error, `Reading the settings in ${options.dataDirectory}`);
    },
  );
  const templates = new TemplateCatalog(options.templatesDirectory, log);
  const state = { closed: false };
  const guard = guardFor(state);
  const api = {
    library: libraryService(storage, templates, guard),
    documents: documentService(storage, guard),
    settings: settingsService(settings, guard),
    app: appService(
      {
        info: {
          name: 'Cotutor',
          version: options.version,
          shell: options.shell,
          dataDirectory: options.dataDirectory,
        },
        openExternal: options.openExternal,
      },
      guard,
    ),
  } satisfies HostApi;
  let closing: Promise<void> | undefined;
  return {
    api,
    close: () => {
      state.closed = true;
      closing ??= storage.close();
      return closing;
    },
  };
}
