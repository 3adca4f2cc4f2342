import { messageOf } from '../../../shared/errors/message-of';
import type { HostingStatus } from '../../../shared/host-api/contract';
import type { Logger } from '../logger';
import { errnoOf } from '../storage/file-system-error';
import type { SyncServer, SyncServerOptions } from '../sync-server';
import type { HostingPreferenceStore } from './hosting-preference';
import { reachableUrls } from './lan-addresses';

/** One port to remember across workshops, so the invites given out stay valid. */
export const DEFAULT_HOSTING_PORT = 47020;

export type EmbeddedServerOptions = {
  /** 0.0.0.0 to be reachable on the LAN; 127.0.0.1 for the web host and tests. */
  bindAddress: string;
  /** A port chosen by whoever started the app; otherwise the last one used, or 47020. */
  port: number | undefined;
  /** Where the hosted rooms and their keys are kept (<data>/hosted-rooms). */
  dataDirectory: string;
  preference: HostingPreferenceStore;
  startSyncServer: (options: SyncServerOptions) => Promise<SyncServer>;
  log: Logger;
};

const STOPPED: HostingStatus = { running: false, urls: [], port: null };

/**
 * "Host on this computer": the project's sync server, run inside the app for a
 * workshop room on one Wi-Fi. Start and stop are remembered, so hosting comes
 * back on with the app; starting and stopping never overlap.
 */
export class EmbeddedSyncServer {
  private server: SyncServer | null = null;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: EmbeddedServerOptions) {}

  status(): HostingStatus {
    if (this.server === null) return { ...STOPPED };
    const { port } = this.server;
    return { running: true, urls: reachableUrls(this.options.bindAddress, port), port };
  }

  start(): Promise<HostingStatus> {
    return this.inTurn(async () => {
      if (this.server === null) {
        this.server = await this.listen();
        await this.options.preference.set({ enabled: true, port: this.server.port });
      }
      return this.status();
    });
  }

  stop(): Promise<HostingStatus> {
    return this.inTurn(async () => {
      await this.closeServer();
      await this.options.preference.set({ ...this.options.preference.get(), enabled: false });
      return this.status();
    });
  }

  /** At launch: hosting that was on when the app last quit comes back on. */
  async resume(): Promise<void> {
    if (!this.options.preference.get().enabled) return;
    try {
      await this.start();
    } catch (error) {
      // The app must open even when the server cannot: the user can try again from the menu.
      this.options.log.warn(`Hosting on this computer could not resume: ${messageOf(error)}`);
    }
  }

  /** When the app quits: the server stops, but hosting stays on for the next launch. */
  close(): Promise<void> {
    return this.inTurn(() => this.closeServer());
  }

  private async listen(): Promise<SyncServer> {
    const { bindAddress, dataDirectory, startSyncServer, preference, log } = this.options;
    const port = this.options.port ?? preference.get().port ?? DEFAULT_HOSTING_PORT;
    const start = (on: number): Promise<SyncServer> =>
      startSyncServer({ host: bindAddress, port: on, dataDirectory, log });
    try {
      return await start(port);
    } catch (error) {
      const code = errnoOf(error);
      if (port === 0 || (code !== 'EADDRINUSE' && code !== 'EACCES')) throw error;
      log.warn(
        `Port ${port} is taken, so this computer hosts on another one: invites given out ` +
          'with the old address must be given again.',
      );
      return start(0);
    }
  }

  private async closeServer(): Promise<void> {
    const server = this.server;
    this.server = null;
    await server?.close();
  }

  private inTurn<T>(run: () => Promise<T>): Promise<T> {
    const result = this.turn.then(run, run);
    this.turn = result.catch(() => undefined);
    return result;
  }
}
