import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createHostServices, type HostServices } from '../../electron/services/host/services';
import { silentLogger } from '../../electron/services/logger';
import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { rootOf } from '../../shared/model/layout';
import { readProgram } from '../../shared/model/read';
import { roomKeyEndpoint } from '../../shared/sync/room';
import {
  closedPort,
  eventually,
  openShared,
  type RendererReplica,
  upgradeStatus,
} from './fixtures/sharing-fixtures';
import {
  firstParagraph,
  temporaryDirectory,
  typedText,
  typeInto,
} from './fixtures/storage-fixtures';

const OTHER_KEY = 'Z'.repeat(43);

describe('sharing through the real sync server', () => {
  let directory: { path: string; remove(): Promise<void> };
  let server: SyncServer;
  const hosts: HostServices[] = [];
  const replicas: RendererReplica[] = [];

  /** One co-tutor's computer: its own data folder, the same services as the app. */
  async function computer(name: string): Promise<HostServices> {
    const host = await createHostServices({
      dataDirectory: join(directory.path, name),
      templatesDirectory: join(directory.path, 'templates'),
      shell: 'web',
      version: '9.9.9',
      openExternal: async () => undefined,
      log: silentLogger,
      hosting: { port: 0 },
    });
    hosts.push(host);
    return host;
  }

  beforeAll(async () => {
    directory = await temporaryDirectory('sharing-sync');
    server = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory: join(directory.path, 'server'),
      log: silentLogger,
    });
  });

  afterAll(async () => {
    await server.close();
    await directory.remove();
  });

  beforeEach(() => {
    hosts.length = 0;
    replicas.length = 0;
  });

  afterEach(async () => {
    for (const replica of replicas) replica.destroy();
    for (const host of hosts) await host.close();
  });

  it('registers the key on Share: the server admits that key and refuses another', async () => {
    const { api } = await computer('ann');
    const { id } = await api.library.create({
      templateId: null,
      title: 'Leiden',
      startDate: '2026-05-11',
    });
    const sharing = await api.sharing.share({ id, serverUrl: server.url });
    expect(await upgradeStatus(server.url, id, sharing.key)).toBe(101);
    expect(await upgradeStatus(server.url, id, OTHER_KEY)).toBe(403);
    // Nobody can take the room over by registering another key.
    const takeover = await fetch(roomKeyEndpoint(server.url, id), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ key: OTHER_KEY, ownerSecret: OTHER_KEY }),
    });
    expect(takeover.status).toBe(409);
  });

  it('answers conflict when the room already has someone else’s key', async () => {
    const { api } = await computer('ann');
    const { id } = await api.library.create({
      templateId: null,
      title: 'Taken',
      startDate: '2026-05-11',
    });
    await fetch(roomKeyEndpoint(server.url, id), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ key: OTHER_KEY, ownerSecret: OTHER_KEY }),
    });
    await expect(api.sharing.share({ id, serverUrl: server.url })).rejects.toMatchObject({
      code: 'key-conflict',
    });
    expect(await api.sharing.get({ id })).toBeNull();
  });

  it('makes the old key refused after rotateKey, and disconnects those using it', async () => {
    const { api } = await computer('ann');
    const { id } = await api.library.create({
      templateId: null,
      title: 'Rotating',
      startDate: '2026-05-11',
    });
    const before = await api.sharing.share({ id, serverUrl: server.url });
    const connected = await openShared(api, id, before);
    replicas.push(connected);
    await eventually(() => connected.provider.synced);
    const after = await api.sharing.rotateKey({ id });
    expect(await upgradeStatus(server.url, id, before.key)).toBe(403);
    expect(await upgradeStatus(server.url, id, after.key)).toBe(101);
    await eventually(() => !connected.provider.wsconnected);
  });

  it('reports a server that cannot be reached, naming it, and remembers nothing', async () => {
    const { api } = await computer('ann');
    const { id } = await api.library.create({
      templateId: null,
      title: 'Offline',
      startDate: '2026-05-11',
    });
    const nowhere = `ws://127.0.0.1:${await closedPort()}`;
    await expect(api.sharing.share({ id, serverUrl: nowhere })).rejects.toMatchObject({
      code: 'unreachable',
      params: { url: nowhere },
    });
    expect(await api.sharing.get({ id })).toBeNull();
    expect((await api.library.list())[0]?.shared).toBe(false);
  });

  it('fills a joined placeholder on the first sync, and keeps syncing after', async () => {
    const ann = await computer('ann');
    const { id } = await ann.api.library.create({
      templateId: null,
      title: 'Павлодар week',
      startDate: '2026-05-11',
    });
    const sharing = await ann.api.sharing.share({ id, serverUrl: server.url });
    const annReplica = await openShared(ann.api, id, sharing);
    replicas.push(annReplica);
    typeInto(firstParagraph(annReplica.doc), 'Hello from Leiden');
    await eventually(() => annReplica.provider.synced);

    const bo = await computer('bo');
    const joined = await bo.api.sharing.join({ invite: sharing.invite });
    expect(joined).toMatchObject({ id, title: 'Павлодар week', awaitingSync: true, shared: true });
    const joinedSharing = await bo.api.sharing.get({ id });
    expect(joinedSharing).toMatchObject({ serverUrl: server.url, key: sharing.key });

    if (joinedSharing === null) throw new Error('The invite was not remembered.');
    const boReplica = await openShared(bo.api, id, joinedSharing);
    replicas.push(boReplica);
    await eventually(() => rootOf(boReplica.doc).get('programId') === id);
    await eventually(() => typedText(boReplica.doc) === 'Hello from Leiden');
    await boReplica.saved();
    expect((await bo.api.library.list())[0]).toMatchObject({
      id,
      title: 'Павлодар week',
      awaitingSync: false,
      days: 5,
    });

    typeInto(firstParagraph(annReplica.doc), ', and from Astana');
    await eventually(() => typedText(boReplica.doc).endsWith('Astana'));
    await boReplica.saved();
    const stored = new Y.Doc();
    Y.applyUpdate(stored, await bo.api.documents.load({ id }));
    expect(readProgram(stored).meta.title).toBe('Павлодар week');
    expect(typedText(stored)).toBe('Hello from Leiden, and from Astana');
  });
});
