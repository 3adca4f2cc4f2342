import * as crypto from 'node:crypto';

import { describe, expect, it, vi } from 'vitest';

import { reachableUrls } from '../../electron/services/sharing/lan-addresses';
import { newRoomKey, ROOM_KEY_BYTES } from '../../electron/services/sharing/room-key';
import { normalizeServerAddress } from '../../electron/services/sharing/server-address';
import { formatInvite, MIN_KEY_LENGTH, parseInvite } from '../../shared/sync/invite';

// The key must come from the operating system's cryptographic source, not Math.random.
vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof crypto>();
  return { ...original, randomBytes: vi.fn(original.randomBytes) };
});

const PROGRAM = '3b9a3c1e-8d4f-4a2b-9c7d-1e2f3a4b5c6d';

describe('room keys', () => {
  it('are 32 random bytes from crypto.randomBytes, in base64url', () => {
    vi.mocked(crypto.randomBytes).mockClear();
    const key = newRoomKey();
    expect(crypto.randomBytes).toHaveBeenCalledWith(ROOM_KEY_BYTES);
    expect(ROOM_KEY_BYTES).toBe(32);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key.length).toBeGreaterThanOrEqual(MIN_KEY_LENGTH);
    expect(Buffer.from(key, 'base64url')).toHaveLength(32);
  });

  it('never repeat and use every base64url character', () => {
    const keys = Array.from({ length: 2000 }, () => newRoomKey());
    expect(new Set(keys).size).toBe(keys.length);
    const alphabet = new Set(keys.join(''));
    // 86,000 characters drawn uniformly leave none of the 64 unused.
    expect(alphabet.size).toBe(64);
  });

  it('travel through an invite unchanged', () => {
    const key = newRoomKey();
    const invite = formatInvite({ server: 'wss://sync.example.org', programId: PROGRAM, key });
    const parsed = parseInvite(invite);
    expect(parsed.ok && parsed.invite.key).toBe(key);
  });
});

describe('sync server addresses', () => {
  it('have one spelling per server', () => {
    expect(normalizeServerAddress('ws://Sync.Example.org:1234/')).toBe(
      'ws://sync.example.org:1234',
    );
    expect(normalizeServerAddress('wss://sync.example.org/cotutor/?x=1#y')).toBe(
      'wss://sync.example.org/cotutor',
    );
    expect(normalizeServerAddress('ws://[::1]:47020')).toBe('ws://[::1]:47020');
  });

  it('refuse other schemes and credentials', () => {
    expect(() => normalizeServerAddress('https://sync.example.org')).toThrow(
      expect.objectContaining({ code: 'invalid-argument', params: { field: 'server' } }),
    );
    expect(() => normalizeServerAddress('ws://ann:secret@sync.example.org')).toThrow(
      expect.objectContaining({ code: 'credentials-in-address' }),
    );
  });
});

describe('hosting addresses', () => {
  const interfaces = {
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
    wlan0: [
      { address: '192.168.1.23', family: 'IPv4', internal: false },
      { address: 'fe80::1', family: 'IPv6', internal: false },
    ],
    eth0: [{ address: '10.0.0.5', family: 'IPv4', internal: false }],
  } as unknown as Parameters<typeof reachableUrls>[2];

  it('are the LAN IPv4 addresses when listening on all interfaces', () => {
    expect(reachableUrls('0.0.0.0', 47020, interfaces)).toEqual([
      'wss://192.168.1.23:47020',
      'wss://10.0.0.5:47020',
    ]);
  });

  it('are the loopback address when bound to it', () => {
    expect(reachableUrls('127.0.0.1', 51000, interfaces)).toEqual(['wss://127.0.0.1:51000']);
  });
});
