import { createHash } from 'node:crypto';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createHostServices, type HostServices } from '../../electron/services/host/services';
import { silentLogger } from '../../electron/services/logger';
import { encodeVersionBody } from '../../electron/services/storage/version-body';
import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { HostError } from '../../shared/host-api/errors';
import { newId } from '../../shared/model/ids';
import { versionBodyEndpoint } from '../../shared/sync/room';
import { eventually } from './fixtures/sharing-fixtures';
import { newProgramDocument, temporaryDirectory } from './fixtures/storage-fixtures';

/**
 * Version bodies between two co-tutors' computers through the real sync server:
 * the one who keeps a version uploads it, the other fetches it when opening it.
 */
describe('version bodies through the sync server', () => {
  let directory: { path: string; remove(): Promise<void> } | undefined;
  let server: SyncServer | undefined;
  const hosts: HostServices[] = [];

  async function serve(port = 0): Promise<SyncServer> {
    directory ??= await temporaryDirectory('sync-versions-hosts');
    server = await startSyncServer({
      host: '127.0.0.1',
      port,
      dataDirectory: join(directory.path, 'server'),
      log: silentLogger,
    });
    return server;
  }

  async function computer(name: string): Promise<HostServices> {
    const root = directory?.path ?? '';
    const host = await createHostServices({
      dataDirectory: join(root, name),
      templatesDirectory: join(root, 'templates'),
      shell: 'web',
      version: '9.9.9',
      openExternal: async () => undefined,
      log: silentLogger,
      hosting: { port: 0 },
      versionBodies: { timeoutMs: 5_000, retry: { firstMs: 50, maxMs: 200 } },
    });
    hosts.push(host);
    return host;
  }

  afterEach(async () => {
    for (const host of hosts.splice(0)) await host.close();
    await server?.close();
    server = undefined;
    await directory?.remove();
    directory = undefined;
  });

  /** Ann's program shared on the server, and Bo joined to it from her invite. */
  async function sharedPair(url: string) {
    const ann = await computer('ann');
    const bo = await computer('bo');
    const { id } = await ann.api.library.create({
      templateId: null,
      title: 'Leiden',
      startDate: '2026-05-11',
    });
    const sharing = await ann.api.sharing.share({ id, serverUrl: url });
    await bo.api.sharing.join({ invite: sharing.invite });
    return { ann, bo, id, key: sharing.key };
  }

  function aVersion(): { versionId: string; body: Uint8Array; digest: string } {
    const body = Y.encodeStateAsUpdate(newProgramDocument('Leiden, as sent to partners'));
    const digest = createHash('sha256').update(body).digest('hex');
    return { versionId: newId(), body, digest };
  }

  async function onServer(url: string, id: string, key: string, versionId: string) {
    const answer = await fetch(versionBodyEndpoint(url, id, versionId, key));
    return answer.status === 200;
  }

  it('uploads a version kept on one computer; the other opens it and keeps it for offline', async () => {
    const { url } = await serve();
    const { ann, bo, id, key } = await sharedPair(url);
    const { versionId, body, digest } = aVersion();
    await ann.api.versions.put({ programId: id, versionId, body });
    await eventually(() => onServer(url, id, key, versionId));

    expect(await bo.api.versions.list({ id })).toEqual([]);
    const fetched = await bo.api.versions.get({ programId: id, versionId, digest });
    expect(Buffer.from(fetched).equals(Buffer.from(body))).toBe(true);
    expect((await bo.api.versions.list({ id })).map((v) => v.versionId)).toEqual([versionId]);

    // Offline now: the copy fetched opens without the server.
    await server?.close();
    server = undefined;
    const again = await bo.api.versions.get({ programId: id, versionId, digest });
    expect(Buffer.from(again).equals(Buffer.from(body))).toBe(true);
  });

  it('says the version is not here while offline, and opens it once the server is back', async () => {
    const running = await serve();
    const { port, url } = running;
    const { ann, bo, id, key } = await sharedPair(url);
    await running.close();
    server = undefined;

    // Kept while the server is down: the upload waits in the queue.
    const { versionId, body, digest } = aVersion();
    await ann.api.versions.put({ programId: id, versionId, body });
    await expect(bo.api.versions.get({ programId: id, versionId, digest })).rejects.toMatchObject({
      code: 'version-not-here',
    });

    // Ann's app closes and opens again before the server is back: the queue is on disk.
    await ann.close();
    hosts.splice(hosts.indexOf(ann), 1);
    await computer('ann');
    await serve(port);
    await eventually(() => onServer(url, id, key, versionId));
    const fetched = await bo.api.versions.get({ programId: id, versionId, digest });
    expect(Buffer.from(fetched).equals(Buffer.from(body))).toBe(true);
  });

  it("refuses a body from the server that is not the listed version's, and keeps nothing", async () => {
    const { url } = await serve();
    const { bo, id, key } = await sharedPair(url);
    const { versionId, digest } = aVersion();
    // Someone with the key uploads other content under the listed version's id.
    const forged = encodeVersionBody(Y.encodeStateAsUpdate(newProgramDocument('Forged')));
    const put = await fetch(versionBodyEndpoint(url, id, versionId, key), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: forged as Uint8Array<ArrayBuffer>,
    });
    expect(put.status).toBe(201);

    const failure = await bo.api.versions.get({ programId: id, versionId, digest }).catch((e) => e);
    expect(failure).toBeInstanceOf(HostError);
    expect((failure as HostError).code).toBe('damaged-version');
    expect(await bo.api.versions.list({ id })).toEqual([]);
  });

  it('uploads the versions kept before the program was shared when it is shared', async () => {
    const { url } = await serve();
    const ann = await computer('ann');
    const { id } = await ann.api.library.create({
      templateId: null,
      title: 'Leiden',
      startDate: '2026-05-11',
    });
    const { versionId, body } = aVersion();
    await ann.api.versions.put({ programId: id, versionId, body });
    const { key } = await ann.api.sharing.share({ id, serverUrl: url });
    await eventually(() => onServer(url, id, key, versionId));
  });
});
