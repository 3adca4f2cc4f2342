import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { HostServices } from '../../electron/services/host/services';
import { wifi } from '../support/wifi';
import { openHostServices } from './fixtures/host-services';
import { temporaryDirectory } from './fixtures/storage-fixtures';

describe('hosting asks before a new network', () => {
  let directory: { path: string; remove(): Promise<void> };
  let host: HostServices | null = null;
  let network = wifi('192.168.1.23');

  async function launch(): Promise<HostServices> {
    await host?.close();
    host = await openHostServices(directory.path, {
      hosting: { port: 0, interfaces: () => network },
    });
    return host;
  }

  beforeEach(async () => {
    directory = await temporaryDirectory('hosting-consent');
    network = wifi('192.168.1.23');
  });

  afterEach(async () => {
    await host?.close();
    host = null;
    await directory.remove();
  });

  it('resumes on a network agreed to, even with a new address on it', async () => {
    await (await launch()).api.hosting.start();
    network = wifi('192.168.1.77');
    expect((await (await launch()).api.hosting.status()).state).toBe('running');
  });

  it('waits for consent on another network; yes hosts and remembers it, no leaves hosting off', async () => {
    await (await launch()).api.hosting.start();
    network = wifi('10.20.0.5', '255.255.0.0');
    const waiting = await (await launch()).api.hosting.status();
    expect(waiting).toMatchObject({
      state: 'awaiting-consent',
      running: false,
      networks: ['10.20.0.0/16'],
    });
    // Yes: hosting starts, and the next launch on this network does not ask.
    expect((await host?.api.hosting.start())?.state).toBe('running');
    expect((await (await launch()).api.hosting.status()).state).toBe('running');

    network = wifi('172.16.4.9');
    expect((await (await launch()).api.hosting.status()).state).toBe('awaiting-consent');
    // No: hosting stays off, now and at the next launch.
    expect((await host?.api.hosting.stop())?.state).toBe('off');
    expect((await (await launch()).api.hosting.status()).state).toBe('off');
  });

  it('keeps one registration token per data folder, readable by its owner only', async () => {
    await launch();
    const file = join(directory.path, 'data', 'hosting-token');
    const token = await readFile(file, 'utf8');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await launch();
    expect(await readFile(file, 'utf8')).toBe(token);
  });
});
