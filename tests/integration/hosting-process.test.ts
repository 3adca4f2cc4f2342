import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { HostingOptions } from '../../electron/services/host/hosting';
import type { HostServices } from '../../electron/services/host/services';
import type { Logger } from '../../electron/services/logger';
import {
  type HostedProcess,
  launchNodeChild,
} from '../../electron/services/sharing/hosted/child-process';
import { openHostServices } from './fixtures/host-services';
import { eventually } from './fixtures/sharing-fixtures';
import { temporaryDirectory } from './fixtures/storage-fixtures';
import { Clients, waitUntil, whenSynced } from './fixtures/sync-clients';

/** The hosted server runs in a Node child here, as in the web host: each test kills it its own way. */
describe('the hosted sync server in a process of its own', () => {
  let directory: { path: string; remove(): Promise<void> };
  let host: HostServices | null = null;
  const launched: HostedProcess[] = [];
  const clients = new Clients();
  const warnings: string[] = [];
  const log: Logger = { info: () => undefined, warn: (line) => warnings.push(line) };

  async function launch(hosting: HostingOptions = {}): Promise<HostServices> {
    const child = launchNodeChild();
    host = await openHostServices(directory.path, {
      log,
      hosting: {
        port: 0,
        // A computer on no network: nothing to ask consent for.
        interfaces: () => ({}),
        launch: () => {
          const started = child();
          launched.push(started);
          return started;
        },
        ...hosting,
      },
    });
    return host;
  }

  const alive = (pid: number | undefined): boolean => {
    try {
      process.kill(pid ?? -1, 0);
      return true;
    } catch {
      return false;
    }
  };
  const crash = (which: HostedProcess | undefined): void => {
    process.kill(which?.pid ?? -1, 'SIGKILL');
  };

  beforeEach(async () => {
    directory = await temporaryDirectory('hosting-process');
    launched.length = 0;
    warnings.length = 0;
  });

  afterEach(async () => {
    clients.leaveAll();
    await host?.close();
    host = null;
    await directory.remove();
  });

  it('runs outside the app, and its process ends when hosting stops', async () => {
    const { api } = await launch();
    const status = await api.hosting.start();
    expect(status).toMatchObject({ state: 'running', running: true });
    const child = launched[0];
    expect(child?.pid).toBeGreaterThan(0);
    expect(child?.pid).not.toBe(process.pid);
    expect(alive(child?.pid)).toBe(true);
    expect((await api.hosting.stop()).state).toBe('off');
    expect(alive(child?.pid)).toBe(false);
  });

  it('is started again on its port when killed; clients reconnect and sync; the app keeps answering', async () => {
    const { api } = await launch({ restartPolicy: { delaysMs: [100], perMinute: 5 } });
    const status = await api.hosting.start();
    const url = status.urls[0] ?? '';
    const { id } = await api.library.create({
      templateId: null,
      title: 'Workshop room',
      startDate: '2026-05-11',
    });
    const sharing = await api.sharing.share({ id, serverUrl: url });
    const { key } = sharing;
    const pin = new URL(sharing.invite).searchParams.get('pin') ?? '';
    const first = clients.join(url, id, key, undefined, pin);
    await whenSynced(first);
    first.doc.getMap('probe').set('before', true);

    crash(launched[0]);
    // While the server is down, the app answers as ever.
    expect((await api.library.list()).map((entry) => entry.title)).toContain('Workshop room');
    await eventually(
      async () => launched.length === 2 && (await api.hosting.status()).state === 'running',
      30_000,
    );
    expect(await api.hosting.status()).toMatchObject({ port: status.port, urls: status.urls });
    expect(warnings.join('\n')).toMatch(/ended unexpectedly/);

    // The client reconnects by itself, and what it writes reaches a newcomer.
    await waitUntil(() => first.provider.wsconnected, 'the client reconnected', 30_000);
    first.doc.getMap('probe').set('after', true);
    const second = clients.join(url, id, key, undefined, pin);
    await waitUntil(
      () => second.doc.getMap('probe').get('after') === true,
      'the newcomer has what was written after the restart',
      30_000,
    );
    expect(second.doc.getMap('probe').get('before')).toBe(true);
  });

  it('gives up after its restarts of the minute, and says hosting failed, announcing each change', async () => {
    const { api } = await launch({ restartPolicy: { delaysMs: [50], perMinute: 2 } });
    const announced: string[] = [];
    const stopListening = api.hosting.onDidChange((status) => announced.push(status.state));
    await api.hosting.start();
    for (let restart = 1; restart <= 2; restart++) {
      crash(launched[restart - 1]);
      await eventually(
        async () =>
          launched.length === restart + 1 && (await api.hosting.status()).state === 'running',
        30_000,
      );
    }
    crash(launched[2]);
    await eventually(async () => (await api.hosting.status()).state === 'failed', 30_000);
    expect(await api.hosting.status()).toMatchObject({
      running: false,
      failure: 'crashed-repeatedly',
    });
    expect(launched).toHaveLength(3);
    // Nobody asked for these changes: the interface hears of each as it happens.
    expect(announced).toEqual([
      'running',
      'restarting',
      'running',
      'restarting',
      'running',
      'failed',
    ]);
    // The user may try again: a start is a fresh budget.
    expect((await api.hosting.start()).state).toBe('running');
    expect(announced.at(-1)).toBe('running');
    stopListening();
  });
});
