import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Logger } from '../../electron/services/logger';
import { SharingStore } from '../../electron/services/sharing/sharing-store';
import { temporaryDirectory } from '../integration/fixtures/storage-fixtures';

const PROGRAM = '3b9a3c1e-8d4f-4a2b-9c7d-1e2f3a4b5c6d';
const KEY = 'K'.repeat(43);
const SECRET = 'S'.repeat(43);
const PIN = 'P'.repeat(43);
const quiet: Logger = { info: () => undefined, warn: () => undefined };

describe('the sharing store', () => {
  let directory: { path: string; remove(): Promise<void> };
  beforeEach(async () => {
    directory = await temporaryDirectory('sharing-store');
  });
  afterEach(() => directory.remove());

  it('reads a file of before roles as programs of unknown role, and writes it back as version 2', async () => {
    const file = join(directory.path, 'sharing.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'cotutor-sharing',
        version: 1,
        programs: {
          [PROGRAM]: {
            current: {
              serverUrl: 'wss://sync.example.org',
              key: KEY,
              keySince: '2026-10-01T09:00:00.000Z',
            },
            pending: null,
          },
        },
      }),
    );
    const store = await SharingStore.open(directory.path, quiet);
    expect(store.get(PROGRAM)).toEqual({
      serverUrl: 'wss://sync.example.org',
      key: KEY,
      keySince: '2026-10-01T09:00:00.000Z',
      role: 'unknown',
    });
    await store.setRegistrationCode('wss://sync.example.org', 'code-of-the-institution');
    const written = JSON.parse(await readFile(file, 'utf8')) as { version: number };
    expect(written.version).toBe(2);
    const again = await SharingStore.open(directory.path, quiet);
    expect(again.get(PROGRAM)?.role).toBe('unknown');
    expect(again.registrationCode('wss://sync.example.org')).toBe('code-of-the-institution');
  });

  it('keeps the owner secret and the pending secret, and forgets a registration code on request', async () => {
    const store = await SharingStore.open(directory.path, quiet);
    await store.notePending(PROGRAM, { serverUrl: 'ws://a', key: KEY, ownerSecret: SECRET });
    expect(store.pending(PROGRAM, 'ws://a')).toEqual({
      serverUrl: 'ws://a',
      key: KEY,
      ownerSecret: SECRET,
    });
    expect(store.pending(PROGRAM, 'ws://b')).toBeNull();
    await store.remember(PROGRAM, {
      serverUrl: 'ws://a',
      key: KEY,
      keySince: '2026-10-01T09:00:00.000Z',
      role: 'owner',
      ownerSecret: SECRET,
    });
    const reopened = await SharingStore.open(directory.path, quiet);
    expect(reopened.get(PROGRAM)).toMatchObject({ role: 'owner', ownerSecret: SECRET });
    expect(reopened.pending(PROGRAM, 'ws://a')).toBeNull();
    await reopened.setRegistrationCode('ws://a', 'code-0123456789');
    await reopened.setRegistrationCode('ws://a', null);
    expect(reopened.registrationCode('ws://a')).toBeUndefined();
  });

  it('keeps a pin per server address, reads files written before pins, and forgets a pin on request', async () => {
    const file = join(directory.path, 'sharing.json');
    await writeFile(
      file,
      JSON.stringify({ format: 'cotutor-sharing', version: 2, programs: {}, servers: {} }),
    );
    const store = await SharingStore.open(directory.path, quiet);
    expect(store.pin('wss://192.168.1.23:47020')).toBeUndefined();
    await store.setPin('wss://192.168.1.23:47020', PIN);
    const again = await SharingStore.open(directory.path, quiet);
    expect(again.pin('wss://192.168.1.23:47020')).toBe(PIN);
    expect([...again.pins()]).toEqual([['wss://192.168.1.23:47020', PIN]]);
    await again.setPin('wss://192.168.1.23:47020', undefined);
    expect((await SharingStore.open(directory.path, quiet)).pins().size).toBe(0);
  });

  it('moves the programs of one server address to another', async () => {
    const store = await SharingStore.open(directory.path, quiet);
    const sharing = { key: KEY, keySince: '2026-10-01T09:00:00.000Z', role: 'owner' as const };
    await store.remember(PROGRAM, { ...sharing, serverUrl: 'ws://192.168.1.23:47020' });
    expect(store.serverUrls()).toEqual(['ws://192.168.1.23:47020']);
    await store.moveServer('ws://192.168.1.23:47020', 'wss://192.168.1.23:47020');
    const again = await SharingStore.open(directory.path, quiet);
    expect(again.get(PROGRAM)?.serverUrl).toBe('wss://192.168.1.23:47020');
  });
});
