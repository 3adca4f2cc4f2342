import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { HostingOptions } from '../../electron/services/host/hosting';
import { createHostServices, type HostServices } from '../../electron/services/host/services';
import type { Logger } from '../../electron/services/logger';
import { networksOf } from '../../electron/services/sharing/hosted/networks';
import { CERTIFICATE_PIN, parseInvite } from '../../shared/sync/invite';
import { closedPort, upgradeStatus } from './fixtures/sharing-fixtures';
import { temporaryDirectory } from './fixtures/storage-fixtures';

/** The networks this machine is on: the ones a user who hosted here before agreed to. */
const machineNetworks = (): string[] => networksOf(networkInterfaces());

const OFF = { state: 'off', running: false, urls: [], port: null, networks: [], failure: null };

// The embedded server keeps its rooms in module state (one per process), so
// these tests live in their own file, apart from the ones with a standalone server.
describe('hosting on this computer', () => {
  let directory: { path: string; remove(): Promise<void> };
  let host: HostServices | null = null;
  const warnings: string[] = [];
  const log: Logger = { info: () => undefined, warn: (line) => warnings.push(line) };
  const data = (): string => join(directory.path, 'data');

  async function launch(hosting: HostingOptions = { port: 0 }): Promise<HostServices> {
    host = await createHostServices({
      dataDirectory: data(),
      templatesDirectory: join(directory.path, 'templates'),
      // The web shell binds the embedded server to 127.0.0.1 unless told otherwise.
      shell: 'web',
      version: '9.9.9',
      openExternal: async () => undefined,
      log,
      hosting,
    });
    return host;
  }

  async function quit(): Promise<void> {
    await host?.close();
    host = null;
  }

  beforeEach(async () => {
    directory = await temporaryDirectory('hosting');
    warnings.length = 0;
  });

  afterEach(async () => {
    await quit();
    await directory.remove();
  });

  it('starts on loopback, shares programs through itself, and stops', async () => {
    const { api } = await launch();
    expect(await api.hosting.status()).toEqual(OFF);
    const status = await api.hosting.start();
    expect(status.running).toBe(true);
    expect(status.urls).toEqual([`wss://127.0.0.1:${status.port}`]);
    expect(await api.hosting.start()).toEqual(status);

    const { id } = await api.library.create({
      templateId: null,
      title: 'Workshop room',
      startDate: '2026-05-11',
    });
    const url = status.urls[0] ?? '';
    const sharing = await api.sharing.share({ id, serverUrl: url });
    const invite = parseInvite(sharing.invite);
    const pin = invite.ok ? invite.invite.pin : undefined;
    expect(pin).toMatch(CERTIFICATE_PIN);
    expect(await upgradeStatus(url, id, sharing.key, pin)).toBe(101);
    await access(join(data(), 'hosted-rooms', 'room-keys.json'));

    expect(await api.hosting.stop()).toEqual(OFF);
    await expect(api.sharing.rotateKey({ id })).rejects.toMatchObject({ code: 'unreachable' });
  });

  it('moves programs shared on it before it spoke TLS to its wss:// address', async () => {
    const { api } = await launch({ bindAddress: '127.0.0.1', port: 0 });
    const status = await api.hosting.start();
    const { id } = await api.library.create({
      templateId: null,
      title: 'Shared last spring',
      startDate: '2026-05-11',
    });
    const secure = status.urls[0] ?? '';
    await api.sharing.share({ id, serverUrl: secure });
    await quit();
    // As an earlier version of the app wrote it.
    const file = join(data(), 'sharing.json');
    const plain = secure.replace(/^wss:/, 'ws:');
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll(secure, plain));

    const again = await launch({ bindAddress: '127.0.0.1' });
    const sharing = await again.api.sharing.get({ id });
    expect(sharing?.serverUrl).toBe(secure);
    expect(parseInvite(sharing?.invite ?? '')).toMatchObject({
      ok: true,
      invite: { server: secure, pin: expect.stringMatching(CERTIFICATE_PIN) },
    });
    // Its owner still reaches it: the key can be changed.
    expect((await again.api.sharing.rotateKey({ id })).key).not.toBe(sharing?.key);
  });

  it('comes back on at the next launch, on the port it used, until it is stopped', async () => {
    const first = await (await launch({ bindAddress: '127.0.0.1', port: 0 })).api.hosting.start();
    expect(first.running).toBe(true);
    await quit();

    const again = await (await launch({ bindAddress: '127.0.0.1' })).api.hosting.status();
    expect(again).toEqual(first);
    await host?.api.hosting.stop();
    await quit();

    expect((await (await launch()).api.hosting.status()).running).toBe(false);
  });

  it('prefers the port it used last time', async () => {
    const port = await closedPort();
    await mkdir(data(), { recursive: true });
    await writeFile(
      join(data(), 'hosting.json'),
      JSON.stringify({ enabled: true, port, networks: machineNetworks() }),
    );
    const status = await (await launch({ bindAddress: '127.0.0.1' })).api.hosting.status();
    expect(status).toMatchObject({ running: true, port });
  });

  it('falls back to a free port when its port is taken', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const taken = (squatter.address() as AddressInfo).port;
    try {
      const status = await (
        await launch({ bindAddress: '127.0.0.1', port: taken })
      ).api.hosting.start();
      expect(status.running).toBe(true);
      expect(status.port).not.toBe(taken);
      expect(warnings.join('\n')).toMatch(new RegExp(`Port ${taken} is taken`));
    } finally {
      await new Promise<void>((resolve) => squatter.close(() => resolve()));
    }
  });
});
