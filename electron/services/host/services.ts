import { messageOf } from '../../../shared/errors/message-of';
import type {
  ExportService,
  FilesService,
  HostApi,
  LibraryChange,
  Settings,
} from '../../../shared/host-api/contract';
import { consoleLogger, type Logger } from '../logger';
import { isOwnHostedServer, moveOwnServerToTls } from '../sharing/hosted-token';
import { RoomKeyClient, type RoomKeyClientOptions } from '../sharing/room-key-client';
import { SharingStore } from '../sharing/sharing-store';
import { VersionBodyClient, type VersionBodyClientOptions } from '../sharing/version-body-client';
import { VersionUploadQueue } from '../sharing/version-upload-queue';
import { type UploadRetry, VersionUploader } from '../sharing/version-uploader';
import { dataPaths } from '../storage/data-directory';
import { SettingsStore } from '../storage/settings-store';
import { Storage, type StorageOptions } from '../storage/storage';
import { VersionStore } from '../storage/version-store';
import { TemplateCatalog } from '../templates/template-catalog';
import { appService } from './app';
import { documentService } from './documents';
import { Emitter } from './emitter';
import { exportsWithoutPrinting, filesWithoutDialogs } from './files';
import { asHostError, guardFor } from './guard';
import { type HostingOptions, hostingService, openEmbeddedServer } from './hosting';
import { libraryService } from './library';
import { methodService } from './methods';
import { settingsService } from './settings';
import { sharingService } from './sharing';
import { versionService } from './versions';

export type HostServicesOptions = {
  dataDirectory: string;
  templatesDirectory: string;
  /** The bundled methods (resources/methods); without it the library has only the user's and the program's. */
  methodsDirectory?: string;
  shell: 'electron' | 'web';
  version: string;
  openExternal: (url: string) => Promise<void>;
  /** The system's preferred languages (Electron: app.getPreferredSystemLanguages); none by default. */
  systemLanguages?: () => readonly string[];
  log?: Logger;
  /** Tuning for tests and benchmarks (compaction thresholds, index delay). */
  storage?: Omit<StorageOptions, 'log' | 'isShared'>;
  /** "Host on this computer": where the embedded sync server listens and keeps its rooms. */
  hosting?: HostingOptions;
  /** Requests to sync servers when sharing (tests shorten the timeout). */
  sharing?: RoomKeyClientOptions;
  /** Uploads and downloads of version bodies (tests shorten the retry waits). */
  versionBodies?: VersionBodyClientOptions & { retry?: UploadRetry };
  /** The system's file dialogs (Electron); without them the page saves and opens files itself. */
  files?: FilesService;
  /** PDF printing (Electron: a hidden, sandboxed window). */
  exports?: ExportService;
};

export type HostServices = {
  api: HostApi;
  /**
   * Server address → certificate pin, for every server hosted on a co-tutor's
   * computer that this one knows (its own while it hosts, and those joined
   * through pinned invites): the window's connections to them are checked
   * against these (electron/main/security/certificate-pins.ts).
   */
  certificatePins(): ReadonlyMap<string, string>;
  /**
   * Stops the embedded sync server (hosting stays on for the next launch), waits
   * for every pending save and compaction and writes the library index.
   */
  close(): Promise<void>;
};

/**
 * The whole host API on plain Node: the Electron main process serves it over IPC
 * and the web host over HTTP, both through dispatch(), which validates arguments.
 */
export async function createHostServices(options: HostServicesOptions): Promise<HostServices> {
  const log = options.log ?? consoleLogger;
  const sharing = await SharingStore.open(options.dataDirectory, log).catch((error: unknown) => {
    throw asHostError(error, `Reading the shared programs in ${options.dataDirectory}`);
  });
  const storage = await Storage.open(options.dataDirectory, {
    ...options.storage,
    log,
    isShared: (id) => sharing.isShared(id),
  }).catch((error: unknown) => {
    throw asHostError(error, `Opening the data folder ${options.dataDirectory}`);
  });
  const settings = await SettingsStore.open(dataPaths(options.dataDirectory).settings, log).catch(
    async (error: unknown) => {
      await storage.close();
      throw asHostError(error, `Reading the settings in ${options.dataDirectory}`);
    },
  );
  const hosting = await openEmbeddedServer(
    options.dataDirectory,
    options.shell,
    options.hosting ?? {},
    log,
  ).catch(async (error: unknown) => {
    await storage.close();
    throw asHostError(error, `Reading the hosting settings in ${options.dataDirectory}`);
  });
  await hosting.resume();
  await moveOwnServerToTls(sharing, hosting.status()).catch((error: unknown) => {
    log.warn(`The programs shared on this computer keep their old address: ${messageOf(error)}`);
  });
  const uploads = await VersionUploadQueue.open(options.dataDirectory, log).catch(
    async (error: unknown) => {
      await hosting.close();
      await storage.close();
      throw asHostError(error, `Reading the version uploads in ${options.dataDirectory}`);
    },
  );
  const versionStore = new VersionStore(storage.paths);
  // This computer's own hosted server first: its certificate is the one it holds.
  const pinFor = (serverUrl: string): string | undefined =>
    (serverUrl.startsWith('wss:') && isOwnHostedServer(serverUrl, hosting.status())
      ? hosting.certificatePin()
      : undefined) ?? sharing.pin(serverUrl);
  const bodies = new VersionBodyClient({ ...options.versionBodies, pinFor });
  const roomOf = (programId: string) => {
    const stored = sharing.get(programId);
    return stored === null ? null : { serverUrl: stored.serverUrl, key: stored.key, programId };
  };
  const uploader = new VersionUploader({
    queue: uploads,
    store: versionStore,
    client: bodies,
    roomOf,
    log,
    ...(options.versionBodies?.retry === undefined ? {} : { retry: options.versionBodies.retry }),
  });
  // Versions kept offline, or while the app last closed, go up now.
  uploader.start();
  const templates = new TemplateCatalog(options.templatesDirectory, log);
  const state = { closed: false };
  const guard = guardFor(state);
  const libraryChanges = new Emitter<LibraryChange>(log);
  const api = {
    library: libraryService(storage, templates, guard, libraryChanges),
    methods: methodService(
      { bundled: options.methodsDirectory, own: dataPaths(options.dataDirectory).methods },
      log,
      guard,
    ),
    documents: documentService(storage, guard, libraryChanges),
    settings: settingsService(settings, new Emitter<Settings>(log), guard),
    sharing: sharingService(
      {
        storage,
        store: sharing,
        rooms: new RoomKeyClient({ ...options.sharing, pinFor }),
        registrationTokenFor: (serverUrl) =>
          isOwnHostedServer(serverUrl, hosting.status())
            ? hosting.registrationToken()
            : sharing.registrationCode(serverUrl),
        pinFor,
      },
      guard,
      libraryChanges,
      (id) => uploader.enqueueProgram(id),
    ),
    hosting: hostingService(hosting, guard, (status) => moveOwnServerToTls(sharing, status)),
    files: options.files ?? filesWithoutDialogs(),
    exports: options.exports ?? exportsWithoutPrinting(),
    versions: versionService(
      {
        store: versionStore,
        client: bodies,
        roomOf,
        uploader,
        isShared: (id) => sharing.isShared(id),
        log,
      },
      guard,
    ),
    app: appService(
      {
        info: {
          name: 'Cotutor',
          version: options.version,
          shell: options.shell,
          dataDirectory: options.dataDirectory,
          systemLanguages: [...(options.systemLanguages?.() ?? [])],
        },
        openExternal: options.openExternal,
      },
      guard,
    ),
  } satisfies HostApi;
  let closing: Promise<void> | undefined;
  return {
    api,
    certificatePins: () => {
      const pins = new Map(sharing.pins());
      const own = hosting.certificatePin();
      if (own !== undefined) for (const url of hosting.status().urls) pins.set(url, own);
      return pins;
    },
    close: () => {
      state.closed = true;
      closing ??= (async () => {
        await uploader.close();
        // The server goes first: nothing it still persists depends on the library.
        await hosting.close().catch((error: unknown) => {
          log.warn(`The embedded sync server did not stop cleanly: ${messageOf(error)}`);
        });
        await storage.close();
      })();
      return closing;
    },
  };
}
