import { messageOf } from '../../../shared/errors/message-of';
import type { HostEvent, HostingStatus } from '../../../shared/host-api/contract';
import { Emitter } from '../host/emitter';
import type { Logger } from '../logger';
import type { HostedCertificate } from './hosted/certificate';
import type { LaunchHostedProcess } from './hosted/child-process';
import { type HostedServer, HostedStartError, startHostedServer } from './hosted/hosted-server';
import { type Interfaces, networksOf, unapprovedNetworks } from './hosted/networks';
import { RestartBudget, type RestartPolicy } from './hosted/restart-policy';
import { type HostingPreferenceStore, MAX_APPROVED_NETWORKS } from './hosting-preference';
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
  /** Starts the process the server runs in (a utility process in Electron, a Node child otherwise). */
  launch: LaunchHostedProcess;
  /** The app's own page origins, asked at every start (the web host knows its port late). */
  allowedOrigins: () => readonly string[];
  registrationToken: string;
  /** The server's TLS key and certificate, made at the first hosting and kept (hosted/certificate.ts). */
  certificate: () => Promise<HostedCertificate>;
  /** This computer's network interfaces (os.networkInterfaces; tests pass their own). */
  interfaces: () => Interfaces;
  restartPolicy: RestartPolicy;
  log: Logger;
};

type Phase =
  | { state: 'off' }
  | { state: 'running'; server: HostedServer }
  | { state: 'restarting'; port: number; timer: NodeJS.Timeout | null }
  | { state: 'awaiting-consent'; networks: string[] }
  | { state: 'failed'; failure: string };

/**
 * "Host on this computer": the project's sync server, run for a workshop room on
 * one Wi-Fi, in a process of its own so that a crash or an attack on it leaves
 * the app running. A process that ends unexpectedly is started again on its
 * port, within a restart budget. Start and stop are remembered, with the networks
 * the user agreed to host on: hosting comes back on with the app on those, and
 * waits for the user's consent on any other. Starting and stopping never overlap.
 */
export class EmbeddedSyncServer {
  private phase: Phase = { state: 'off' };
  private turn: Promise<unknown> = Promise.resolve();
  private readonly budget: RestartBudget;
  private readonly changes: Emitter<HostingStatus>;
  private certificate: HostedCertificate | null = null;

  constructor(private readonly options: EmbeddedServerOptions) {
    this.budget = new RestartBudget(options.restartPolicy);
    this.changes = new Emitter(options.log);
  }

  /**
   * The status after each change of state, also the ones nobody asked for (a
   * crash, a restart, giving up, a launch waiting for consent): the interface
   * shows them when they happen, not at the next time it asks.
   */
  readonly onDidChange: HostEvent<HostingStatus> = (listener) => this.changes.event(listener);

  status(): HostingStatus {
    const phase = this.phase;
    const idle = { running: false, urls: [], port: null, networks: [], failure: null };
    switch (phase.state) {
      case 'off':
        return { state: 'off', ...idle };
      case 'awaiting-consent':
        return { state: 'awaiting-consent', ...idle, networks: [...phase.networks] };
      case 'failed':
        return { state: 'failed', ...idle, failure: phase.failure };
      case 'running':
      case 'restarting': {
        const port = phase.state === 'running' ? phase.server.port : phase.port;
        return {
          state: phase.state,
          running: true,
          urls: reachableUrls(this.options.bindAddress, port, this.options.interfaces()),
          port,
          networks: [],
          failure: null,
        };
      }
    }
  }

  /** The secret the hosted server asks of whoever registers a program's key: only this app has it. */
  registrationToken(): string {
    return this.options.registrationToken;
  }

  /**
   * The pin of the hosted server's certificate (invites to it carry it), once
   * hosting has started on this computer.
   */
  certificatePin(): string | undefined {
    return this.certificate?.pin;
  }

  /** The hosted server's process, while it runs (for operators and tests). */
  processId(): number | undefined {
    return this.phase.state === 'running' ? this.phase.server.pid : undefined;
  }

  /** The user asked to host: on this network too, from now on. */
  start(): Promise<HostingStatus> {
    return this.inTurn(async () => {
      if (this.phase.state !== 'running' && this.phase.state !== 'restarting') {
        this.budget.reset();
        this.run(await this.listen());
      }
      const { preference } = this.options;
      const approved = new Set([...preference.get().networks, ...this.currentNetworks()]);
      await preference.set({
        enabled: true,
        port: this.portInUse(),
        // The most recent networks are kept when there are too many to remember.
        networks: [...approved].slice(-MAX_APPROVED_NETWORKS),
      });
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

  /**
   * At launch: hosting that was on when the app last quit comes back on, if this
   * computer is on networks the user agreed to host on; otherwise it waits for
   * the user (start() to host, stop() to leave it off).
   */
  async resume(): Promise<void> {
    const preference = this.options.preference.get();
    if (!preference.enabled) return;
    const unapproved = unapprovedNetworks(this.currentNetworks(), preference.networks);
    if (unapproved.length > 0) {
      this.enter({ state: 'awaiting-consent', networks: unapproved });
      this.options.log.warn(
        `Hosting on this computer waits for consent: ${unapproved.join(', ')} is a new network.`,
      );
      return;
    }
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

  private currentNetworks(): string[] {
    return networksOf(this.options.interfaces());
  }

  private portInUse(): number | null {
    const phase = this.phase;
    if (phase.state === 'running') return phase.server.port;
    return phase.state === 'restarting' ? phase.port : null;
  }

  private async listen(): Promise<HostedServer> {
    const { preference, log } = this.options;
    this.certificate ??= await this.options.certificate();
    const port = this.options.port ?? preference.get().port ?? DEFAULT_HOSTING_PORT;
    try {
      return await this.startOn(port);
    } catch (error) {
      const code = error instanceof HostedStartError ? error.code : undefined;
      if (port === 0 || (code !== 'EADDRINUSE' && code !== 'EACCES')) throw error;
      log.warn(
        `Port ${port} is taken, so this computer hosts on another one: invites given out ` +
          'with the old address must be given again.',
      );
      return this.startOn(0);
    }
  }

  private startOn(port: number): Promise<HostedServer> {
    const { bindAddress, dataDirectory, launch, log } = this.options;
    const certificate = this.certificate;
    if (certificate === null)
      return Promise.reject(new Error('The hosted server has no certificate yet.'));
    return startHostedServer(
      launch,
      {
        host: bindAddress,
        port,
        dataDirectory,
        allowedOrigins: [...this.options.allowedOrigins()],
        registrationToken: this.options.registrationToken,
        tls: { key: certificate.key, cert: certificate.cert },
      },
      log,
    );
  }

  private run(server: HostedServer): void {
    this.enter({ state: 'running', server });
    server.onCrash((code) => {
      if (this.phase.state !== 'running' || this.phase.server !== server) return;
      this.options.log.warn(
        `The hosted sync server's process ended unexpectedly (code ${code}); starting it again.`,
      );
      this.restartOn(server.port);
    });
  }

  /** On the port it had: the invites given out, and the clients reconnecting, use it. */
  private restartOn(port: number): void {
    const delay = this.budget.next();
    if (delay === null) {
      this.enter({ state: 'failed', failure: 'crashed-repeatedly' });
      this.options.log.warn(
        'The hosted sync server kept stopping; hosting on this computer is off until it is started again.',
      );
      return;
    }
    const phase: Phase = { state: 'restarting', port, timer: null };
    this.enter(phase);
    phase.timer = setTimeout(() => {
      void this.inTurn(async () => {
        if (this.phase !== phase) return; // stopped or closed meanwhile
        try {
          this.run(await this.startOn(port));
        } catch (error) {
          this.options.log.warn(`The hosted sync server did not start again: ${messageOf(error)}`);
          this.restartOn(port);
        }
      });
    }, delay);
  }

  private async closeServer(): Promise<void> {
    const phase = this.phase;
    this.enter({ state: 'off' });
    if (phase.state === 'restarting' && phase.timer !== null) clearTimeout(phase.timer);
    if (phase.state === 'running') await phase.server.stop();
  }

  private enter(phase: Phase): void {
    const before = this.phase.state;
    this.phase = phase;
    if (before !== phase.state || phase.state === 'running') this.changes.fire(this.status());
  }

  private inTurn<T>(run: () => Promise<T>): Promise<T> {
    const result = this.turn.then(run, run);
    this.turn = result.catch(() => undefined);
    return result;
  }
}
