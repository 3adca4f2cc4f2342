import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createHostServices, type HostServices } from '../../electron/services/host/services';
import type { Logger } from '../../electron/services/logger';
import { PLACEHOLDER_UPDATE } from '../../electron/services/storage/placeholder';
import type { HostApi } from '../../shared/host-api/contract';
import { formatInvite, parseInvite } from '../../shared/sync/invite';
import { temporaryDirectory } from '../integration/fixtures/storage-fixtures';

type KeyRequest = {
  path: string;
  body: { key?: string; newKey?: string; ownerSecret?: string; deleteData?: boolean };
  method: string;
  authorization: string | null;
};

/** A stand-in for a sync server's key endpoint: records requests, answers as told. */
async function keyEndpoint(): Promise<{
  url: string;
  requests: KeyRequest[];
  answer: (request: KeyRequest) => number | 'hang';
  close(): Promise<void>;
}> {
  const stub = {
    url: '',
    requests: [] as KeyRequest[],
    answer: (_request: KeyRequest): number | 'hang' => 201,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => {
      const recorded = {
        path: request.url ?? '',
        body: JSON.parse(text) as KeyRequest['body'],
        method: request.method ?? '',
        authorization: request.headers.authorization ?? null,
      };
      stub.requests.push(recorded);
      const status = stub.answer(recorded);
      if (status !== 'hang') response.writeHead(status).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = stub.close;
  stub.close = () => {
    server.closeAllConnections();
    return close();
  };
  return stub;
}

const OTHER_PROGRAM = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const KEY_A = 'A'.repeat(43);
const KEY_B = 'B'.repeat(43);

describe('sharing programs', () => {
  let directory: { path: string; remove(): Promise<void> };
  let host: HostServices;
  let api: HostApi;
  let server: Awaited<ReturnType<typeof keyEndpoint>>;
  const logged: string[] = [];
  const log: Logger = { info: (line) => logged.push(line), warn: (line) => logged.push(line) };

  async function start(): Promise<void> {
    host = await createHostServices({
      dataDirectory: join(directory.path, 'data'),
      templatesDirectory: join(directory.path, 'templates'),
      shell: 'web',
      version: '9.9.9',
      openExternal: async () => undefined,
      log,
      hosting: { port: 0 },
      sharing: { timeoutMs: 300 },
    });
    api = host.api;
  }

  const create = (title = 'Leiden week') =>
    api.library.create({ templateId: null, title, startDate: '2026-05-11' });

  beforeEach(async () => {
    directory = await temporaryDirectory('sharing');
    server = await keyEndpoint();
    logged.length = 0;
    await start();
  });

  afterEach(async () => {
    await host.close();
    await server.close();
    await directory.remove();
  });

  it('shares with a new key registered on the server, and stops sharing', async () => {
    const { id } = await create();
    expect((await api.library.list())[0]).toMatchObject({ shared: false, awaitingSync: false });
    expect(await api.sharing.get({ id })).toBeNull();

    const sharing = await api.sharing.share({ id, serverUrl: `${server.url}/` });
    const ownerSecret = (server.requests[0]?.body as { ownerSecret?: string }).ownerSecret;
    expect(ownerSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(server.requests).toEqual([
      {
        path: `/rooms/${id}/key`,
        body: { key: sharing.key, ownerSecret },
        method: 'POST',
        authorization: null,
      },
    ]);
    expect(sharing.role).toBe('owner');
    // The owner secret stays in the host: not in what the window gets, nor in the invite.
    expect(JSON.stringify(sharing)).not.toContain(ownerSecret);
    expect(sharing.serverUrl).toBe(server.url);
    expect(sharing.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(parseInvite(sharing.invite)).toEqual({
      ok: true,
      invite: { server: server.url, programId: id, key: sharing.key, title: 'Leiden week' },
    });
    expect((await api.library.list())[0]).toMatchObject({ shared: true });
    expect(await api.sharing.share({ id, serverUrl: server.url })).toEqual(sharing);
    expect(server.requests).toHaveLength(1);

    await host.close();
    await start();
    expect(await api.sharing.get({ id })).toEqual(sharing);
    await api.sharing.stop({ id, deleteData: true });
    expect(server.requests.at(-1)).toMatchObject({
      method: 'DELETE',
      body: { ownerSecret, deleteData: true },
    });
    expect(await api.sharing.get({ id })).toBeNull();
    expect(await api.library.list()).toMatchObject([{ id, shared: false }]);
  });

  it('keeps keys out of the document, the library index and the log, readable by the owner only', async () => {
    const { id } = await create();
    const { key } = await api.sharing.share({ id, serverUrl: server.url });
    const data = join(directory.path, 'data');
    await host.close();
    expect(await readFile(join(data, 'programs', `${id}.ydoc`), 'latin1')).not.toContain(key);
    expect(await readFile(join(data, 'library.json'), 'utf8')).not.toContain(key);
    expect(await readFile(join(data, 'sharing.json'), 'utf8')).toContain(key);
    if (process.platform !== 'win32') {
      expect((await stat(join(data, 'sharing.json'))).mode & 0o777).toBe(0o600);
    }
    expect(logged.join('\n')).not.toContain(key);
    await start();
  });

  it('replaces the key on rotation and sends the old one as proof', async () => {
    const { id } = await create();
    const before = await api.sharing.share({ id, serverUrl: server.url });
    const after = await api.sharing.rotateKey({ id });
    expect(after.key).not.toBe(before.key);
    expect(after.invite).not.toBe(before.invite);
    const { ownerSecret } = server.requests[0]!.body as { ownerSecret: string };
    expect(server.requests[1]?.body).toEqual({ ownerSecret, key: before.key, newKey: after.key });
    expect(await api.sharing.get({ id })).toEqual(after);
  });

  it('reports each of the server’s refusals by its own code, naming the server', async () => {
    const { id } = await create();
    server.answer = () => 409;
    await expect(api.sharing.share({ id, serverUrl: server.url })).rejects.toMatchObject({
      code: 'key-conflict',
      params: { url: server.url },
    });
    expect(await api.sharing.get({ id })).toBeNull();

    server.answer = () => 201;
    await api.sharing.share({ id, serverUrl: server.url });
    server.answer = () => 403;
    await expect(api.sharing.rotateKey({ id })).rejects.toMatchObject({
      code: 'key-replaced',
      params: { url: server.url },
    });
    server.answer = () => 404;
    await expect(api.sharing.rotateKey({ id })).rejects.toMatchObject({ code: 'key-missing' });
    server.answer = () => 429;
    await expect(api.sharing.rotateKey({ id })).rejects.toMatchObject({ code: 'server-busy' });
    server.answer = () => 503;
    await expect(api.sharing.rotateKey({ id })).rejects.toMatchObject({ code: 'server-failed' });
    await expect(api.sharing.rotateKey({ id: OTHER_PROGRAM })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(
      api.sharing.share({ id: OTHER_PROGRAM, serverUrl: server.url }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('sends the same key again after an answer that never came', async () => {
    const { id } = await create();
    server.answer = () => 'hang';
    await expect(api.sharing.share({ id, serverUrl: server.url })).rejects.toMatchObject({
      code: 'unreachable',
      params: { url: server.url },
      detail: expect.stringMatching(/no answer within/),
    });
    expect(await api.sharing.get({ id })).toBeNull();
    // The server may have taken that key: after a restart, the retry offers it again.
    await host.close();
    await start();
    server.answer = () => 200;
    const sharing = await api.sharing.share({ id, serverUrl: server.url });
    expect(server.requests.map((request) => request.body.key)).toEqual([sharing.key, sharing.key]);

    server.answer = () => 'hang';
    await expect(api.sharing.rotateKey({ id })).rejects.toMatchObject({ code: 'unreachable' });
    server.answer = () => 200;
    const rotated = await api.sharing.rotateKey({ id });
    const [lost, retried] = server.requests.slice(2).map((request) => request.body);
    expect(lost).toEqual(retried);
    expect(retried).toMatchObject({ key: sharing.key, newKey: rotated.key });
  });

  it('sends the server’s registration code, kept with the server, and never in an invite', async () => {
    const { id } = await create();
    const code = 'institution-code-2026';
    const sharing = await api.sharing.share({ id, serverUrl: server.url, registrationCode: code });
    expect(server.requests[0]?.authorization).toBe(`Bearer ${code}`);
    expect(sharing.invite).not.toContain(code);
    expect(logged.join('\n')).not.toContain(code);
    // Another program on the same server uses the code kept for it.
    const other = await create('Almaty week');
    await api.sharing.share({ id: other.id, serverUrl: server.url });
    expect(server.requests[1]?.authorization).toBe(`Bearer ${code}`);
  });

  it('lets an invitee leave without asking the server, and never change the key', async () => {
    const invite = formatInvite({ server: server.url, programId: OTHER_PROGRAM, key: KEY_A });
    await api.sharing.join({ invite });
    expect(await api.sharing.get({ id: OTHER_PROGRAM })).toMatchObject({ role: 'invitee' });
    await expect(api.sharing.rotateKey({ id: OTHER_PROGRAM })).rejects.toMatchObject({
      code: 'not-owner',
    });
    await api.sharing.stop({ id: OTHER_PROGRAM, deleteData: true });
    expect(server.requests).toEqual([]);
    expect(await api.sharing.get({ id: OTHER_PROGRAM })).toBeNull();
  });

  it('joins an invite as a placeholder awaiting its first sync', async () => {
    const invite = formatInvite({
      server: server.url,
      programId: OTHER_PROGRAM,
      key: KEY_A,
      title: 'Астана, апта',
    });
    const joined = await api.sharing.join({ invite: `  ${invite}\n` });
    expect(joined).toMatchObject({
      id: OTHER_PROGRAM,
      title: 'Астана, апта',
      shared: true,
      awaitingSync: true,
    });
    expect(await api.documents.load({ id: OTHER_PROGRAM })).toEqual(PLACEHOLDER_UPDATE);
    expect(await api.sharing.get({ id: OTHER_PROGRAM })).toMatchObject({
      serverUrl: server.url,
      key: KEY_A,
      invite,
    });
    expect(server.requests).toEqual([]);
    await expect(
      api.sharing.share({ id: OTHER_PROGRAM, serverUrl: 'ws://elsewhere.example' }),
    ).rejects.toMatchObject({
      code: 'not-arrived',
    });

    await api.library.remove({ id: OTHER_PROGRAM });
    expect(await api.library.list()).toEqual([]);
    await api.sharing.join({ invite });
    expect(await api.library.list()).toMatchObject([{ id: OTHER_PROGRAM, awaitingSync: true }]);
  });

  it('joins a program it already has by remembering the invite’s server and key', async () => {
    const { id } = await create('Already here');
    const first = formatInvite({ server: server.url, programId: id, key: KEY_A });
    expect(await api.sharing.join({ invite: first })).toMatchObject({
      id,
      title: 'Already here',
      shared: true,
      awaitingSync: false,
    });
    const second = formatInvite({ server: 'wss://sync.example.org', programId: id, key: KEY_B });
    await api.sharing.join({ invite: second });
    expect(await api.sharing.get({ id })).toMatchObject({
      serverUrl: 'wss://sync.example.org',
      key: KEY_B,
    });
    expect(await api.library.list()).toHaveLength(1);
  });

  it('refuses a bad invite with the reason and changes nothing', async () => {
    for (const text of [
      'hello',
      'https://example.org/join/x',
      `cotutor://join/${OTHER_PROGRAM}?server=https%3A%2F%2Fx.org&key=${KEY_A}`,
      `cotutor://join/${OTHER_PROGRAM}?server=ws%3A%2F%2Fx.org&key=short`,
      `cotutor://join/not-an-id?server=ws%3A%2F%2Fx.org&key=${KEY_A}`,
    ]) {
      const parsed = parseInvite(text);
      expect(parsed.ok).toBe(false);
      await expect(api.sharing.join({ invite: text })).rejects.toMatchObject({
        code: 'invalid-argument',
        params: { field: 'invite' },
        detail: parsed.ok ? '' : parsed.error,
      });
    }
    expect(await api.library.list()).toEqual([]);
    expect(await api.sharing.get({ id: OTHER_PROGRAM })).toBeNull();
  });
});
