import { networkInterfaces } from 'node:os';
import { join } from 'node:path';

import type { HostingService, HostingStatus } from '../../../shared/host-api/contract';
import type { Logger } from '../logger';
import { EmbeddedSyncServer } from '../sharing/embedded-server';
import { loadHostedCertificate } from '../sharing/hosted/certificate';
import { type LaunchHostedProcess, launchNodeChild } from '../sharing/hosted/child-process';
import type { Interfaces } from '../sharing/hosted/networks';
import { loadRegistrationToken } from '../sharing/hosted/registration-token';
import { DEFAULT_RESTART_POLICY, type RestartPolicy } from '../sharing/hosted/restart-policy';
import { HostingPreferenceStore } from '../sharing/hosting-preference';
import type { Guard } from './guard';

/**
 * "Host on this computer" (docs/sharing.md): the embedded sync server.
 * `started` runs once it listens (programs shared on it are brought up to date).
 */
export function hostingService(
  server: EmbeddedSyncServer,
  guard: Guard,
  started: (status: HostingStatus) => Promise<void>,
): HostingService {
  return {
    status: () => guard('Reading the hosting status', async () => server.status()),
    start: () =>
      guard('Starting to host on this computer', async () => {
        const status = await server.start();
        await started(status);
        return status;
      }),
    stop: () => guard('Stopping hosting on this computer', () => server.stop()),
    onDidChange: server.onDidChange,
  } satisfies HostingService;
}

export type HostingOptions = {
  /** Default: 0.0.0.0 in Electron (reachable on the LAN), 127.0.0.1 in the web host. */
  bindAddress?: string;
  /** Default: the port used last time, else 47020; 0 picks a free one every time. */
  port?: number;
  /** Default: <data>/hosted-rooms. */
  dataDirectory?: string;
  /** Default: a Node child process running the server from source (Electron passes a utility process). */
  launch?: LaunchHostedProcess;
  /** The app's own page origins, whose WebSockets the server accepts (default: none). */
  allowedOrigins?: () => readonly string[];
  /** Default: os.networkInterfaces. */
  interfaces?: () => Interfaces;
  restartPolicy?: RestartPolicy;
};

/**
 * The web host serves tests and the browser preview: a server it hosts must not
 * be reachable from the network, whatever the machine.
 */
export async function openEmbeddedServer(
  dataDirectory: string,
  shell: 'electron' | 'web',
  hosting: HostingOptions,
  log: Logger,
): Promise<EmbeddedSyncServer> {
  const preference = await HostingPreferenceStore.open(dataDirectory, log);
  const hostingDirectory = hosting.dataDirectory ?? join(dataDirectory, 'hosted-rooms');
  return new EmbeddedSyncServer({
    bindAddress: hosting.bindAddress ?? (shell === 'web' ? '127.0.0.1' : '0.0.0.0'),
    port: hosting.port,
    dataDirectory: hostingDirectory,
    certificate: () => loadHostedCertificate(hostingDirectory, log),
    preference,
    launch: hosting.launch ?? launchNodeChild(),
    allowedOrigins: hosting.allowedOrigins ?? (() => []),
    registrationToken: await loadRegistrationToken(dataDirectory),
    interfaces: hosting.interfaces ?? networkInterfaces,
    restartPolicy: hosting.restartPolicy ?? DEFAULT_RESTART_POLICY,
    log,
  });
}
