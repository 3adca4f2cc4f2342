import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import type { HostServices } from '../../electron/services/host/services';
import { silentLogger } from '../../electron/services/logger';
import { RoomKeyClient } from '../../electron/services/sharing/room-key-client';
import { VersionBodyClient } from '../../electron/services/sharing/version-body-client';
import { encodeVersionBody } from '../../electron/services/storage/version-body';
import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { createProgram } from '../../shared/model/create';
import { blankProgram } from '../../shared/model/defaults';
import { newId } from '../../shared/model/ids';
import { parseInvite } from '../../shared/sync/invite';
import { roomUrl } from '../../shared/sync/room';
import { openHostServices } from './fixtures/host-services';
import { pinnedWebSocket } from './fixtures/pinned-websocket';
import { type RecordingRelay, recordingRelay } from './fixtures/recording-relay';
import { temporaryDirectory } from './fixtures/storage-fixtures';
import { Clients, newRoomKey, waitUntil } from './fixtures/sync-clients';

const TITLE = 'Photosynthesis through CLIL, Pavlodar';
const REPLY = 'Sentence frames for the lab report, from the co-tutor';

/** What crossed the wire, and the secrets and texts sent across it. */
type Observation = { captured: Buffer; key: string; ownerSecret: string; texts: string[] };

/** A room key as the app makes it: 32 random bytes, base64url (sharing/room-key.ts). */
const appKey = (): string => randomBytes(32).toString('base64url');

/** Every way a secret could show on the wire: as sent (base64url) and as its bytes. */
function spellings(secret: string): Buffer[] {
  return [Buffer.from(secret), Buffer.from(secret, 'base64url')];
}

const contains = (captured: Buffer, needle: Buffer): boolean => captured.includes(needle);

/**
 * "Nobody on the Wi-Fi can read along": a co-tutor's computer and the server
 * hosted on another, with a recording relay between them in place of the
 * network. What a passive observer captures holds neither the room key nor any
 * text of the program when the server is hosted (TLS, pinned), and holds both
 * when it is a plain ws:// server — so the check below can fail.
 */
describe('hosted rooms in transit', () => {
  let directory: { path: string; remove(): Promise<void> };
  let host: HostServices | null = null;
  let plain: SyncServer | null = null;
  let relay: RecordingRelay | null = null;
  const clients = new Clients();

  beforeEach(async () => {
    directory = await temporaryDirectory('hosting-transit');
  });

  afterEach(async () => {
    clients.leaveAll();
    await relay?.close();
    relay = null;
    await host?.close();
    host = null;
    await plain?.close();
    plain = null;
    await directory.remove();
  });

  /** This computer hosts; its own share gives the invite's pin, its token registers rooms. */
  async function hosted(): Promise<{ url: string; port: number; pin: string; token: string }> {
    host = await openHostServices(directory.path, {
      hosting: { port: 0, interfaces: () => ({}) },
    });
    const { api } = host;
    const status = await api.hosting.start();
    const url = status.urls[0] ?? '';
    const { id } = await api.library.create({
      templateId: null,
      title: 'Workshop room',
      startDate: '2026-05-11',
    });
    const parsed = parseInvite((await api.sharing.share({ id, serverUrl: url })).invite);
    if (!parsed.ok || parsed.invite.pin === undefined) throw new Error('The invite has no pin.');
    expect(parsed.invite.server).toMatch(/^wss:\/\//);
    const token = (await readFile(join(directory.path, 'data', 'hosting-token'), 'utf8')).trim();
    return { url, port: status.port ?? 0, pin: parsed.invite.pin, token };
  }

  async function sharedId(): Promise<string> {
    const programs = (await host?.api.library.list()) ?? [];
    return programs.find((entry) => entry.shared)?.id ?? '';
  }

  /**
   * A co-tutor registers a room through the relay and types a program there;
   * another, connected straight to the server, answers. Both see each other's
   * text. Then a version body goes up through the relay and is fetched back.
   */
  async function observe(server: {
    url: string;
    port: number;
    pin?: string;
    token?: string;
  }): Promise<Observation> {
    relay = await recordingRelay(server.port);
    const scheme = new URL(server.url).protocol;
    const via = `${scheme}//127.0.0.1:${relay.port}`;
    const program = blankProgram({ title: TITLE });
    const key = appKey();
    const ownerSecret = appKey();
    await new RoomKeyClient({ pinFor: () => server.pin }).register(via, program.id, {
      key,
      ownerSecret,
      registrationToken: server.token,
    });
    const doc = new Y.Doc();
    const writer = clients.join(via, program.id, key, doc, server.pin);
    const reader = clients.join(server.url, program.id, key, undefined, server.pin);
    createProgram(doc, program, 'test');
    await waitUntil(
      () => reader.doc.getMap('program').size > 0,
      'the program crossed the relay to the server and on',
    );
    reader.doc.getText('reply').insert(0, REPLY);
    await waitUntil(
      () => writer.doc.getText('reply').toString() === REPLY,
      'the answer came back through the relay',
    );
    clients.leaveAll();
    // A version of the program goes up and comes back, as version bodies do.
    const bodies = new VersionBodyClient({ pinFor: () => server.pin });
    const room = { serverUrl: via, key, programId: program.id };
    const file = encodeVersionBody(Y.encodeStateAsUpdate(doc));
    const versionId = newId();
    expect(await bodies.upload(room, versionId, file)).toBe('stored');
    expect(await bodies.download(room, versionId, file.byteLength)).toEqual(file);
    return { captured: relay.captured(), key, ownerSecret, texts: [TITLE, REPLY] };
  }

  it('gives a passive observer neither the key nor any text of the program', async () => {
    const server = await hosted();
    const { captured, key, ownerSecret, texts } = await observe(server);
    // TLS records throughout: a handshake first, then only ciphertext.
    expect(captured[0]).toBe(0x16);
    expect(captured.length).toBeGreaterThan(1000);
    for (const secret of [...spellings(key), ...spellings(ownerSecret)])
      expect(contains(captured, secret)).toBe(false);
    expect(contains(captured, Buffer.from(server.token))).toBe(false);
    for (const text of texts) expect(contains(captured, Buffer.from(text))).toBe(false);
  });

  it('is what a plain ws:// server, for comparison, gives away: the key and the text', async () => {
    plain = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory: join(directory.path, 'plain'),
      log: silentLogger,
    });
    const { captured, key, ownerSecret, texts } = await observe({
      url: plain.url,
      port: plain.port,
    });
    for (const visible of [key, ownerSecret, ...texts])
      expect(contains(captured, Buffer.from(visible))).toBe(true);
  });

  it('keeps the pin of a joined invite: its window trusts that certificate, its invites pass the pin on', async () => {
    const server = await hosted();
    const invite = (await host?.api.sharing.get({ id: await sharedId() }))?.invite ?? '';
    const joiner = await openHostServices(join(directory.path, 'co-tutor'));
    try {
      const { id } = await joiner.api.sharing.join({ invite });
      expect(joiner.certificatePins().get(server.url)).toBe(server.pin);
      const passedOn = parseInvite((await joiner.api.sharing.get({ id }))?.invite ?? '');
      expect(passedOn).toMatchObject({ ok: true, invite: { server: server.url, pin: server.pin } });
    } finally {
      await joiner.close();
    }
  });

  it('sends nothing of the key to a server showing another certificate than the pinned one', async () => {
    const server = await hosted();
    relay = await recordingRelay(server.port);
    const via = `wss://127.0.0.1:${relay.port}`;
    const wrongPin = randomBytes(32).toString('base64url');
    const programId = blankProgram({ title: TITLE }).id;
    const key = appKey();
    const ownerSecret = appKey();
    const client = new RoomKeyClient({ pinFor: () => wrongPin });
    await expect(
      client.register(via, programId, { key, ownerSecret, registrationToken: server.token }),
    ).rejects.toMatchObject({ code: 'certificate-mismatch', params: { url: via } });

    // The window's connection, pinned wrongly, ends before its upgrade (which holds the key).
    const Socket = pinnedWebSocket(wrongPin);
    const socket = new Socket(roomUrl(via, programId, key));
    const outcome = await new Promise<string>((resolve) => {
      socket.once('open', () => resolve('open'));
      socket.once('error', (error) => resolve(error.message));
    });
    expect(outcome).toBe('certificate-mismatch');

    const captured = relay.captured();
    expect(captured.length).toBeGreaterThan(0);
    for (const secret of [...spellings(key), ...spellings(ownerSecret), Buffer.from(server.token)])
      expect(contains(captured, secret)).toBe(false);
    // Nothing reached the server either: the right pin registers the room with another key.
    await new RoomKeyClient({ pinFor: () => server.pin }).register(via, programId, {
      key: newRoomKey(),
      ownerSecret: appKey(),
      registrationToken: server.token,
    });
  });

  it('gives up on a pinned server that never finishes its handshake, within the timeout', async () => {
    // It reads what it is sent and never answers.
    const silent = createServer((socket) => socket.resume());
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `wss://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const client = new RoomKeyClient({ timeoutMs: 1_000, pinFor: () => appKey() });
      await expect(
        client.register(url, newId(), { key: appKey(), ownerSecret: appKey() }),
      ).rejects.toMatchObject({ code: 'unreachable', detail: 'no answer within 1 s' });
    } finally {
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
