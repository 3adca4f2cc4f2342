import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { dispatch } from '../../electron/services/host/dispatch';
import { createHostServices, type HostServices } from '../../electron/services/host/services';
import { VersionKeeper } from '../../renderer/src/features/history/version-keeper';
import { readVersions, VERSION_LIMITS } from '../../shared/history/version-list';
import { HostError } from '../../shared/host-api/errors';
import { setMetaField } from '../../shared/model/mutations/program';
import { readMeta } from '../../shared/model/read';
import { approve } from '../../shared/review/approvals';
import { reviewRootOf } from '../../shared/review/layout';
import {
  newProgramDocument,
  quietLog,
  temporaryDirectory,
} from '../integration/fixtures/storage-fixtures';

const PROGRAM = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
const VERSION = '0f0e0d0c-0b0a-4908-8706-050403020100';
const AUTHOR = { name: 'Marieke', color: '#1f6feb' };

describe('version bodies in the local store', () => {
  let directory: { path: string; remove(): Promise<void> };
  let host: HostServices;
  const dataDirectory = () => join(directory.path, 'data');
  const versionsDirectory = () => join(dataDirectory(), 'versions', PROGRAM);

  beforeEach(async () => {
    directory = await temporaryDirectory('versions');
    await mkdir(join(directory.path, 'templates'));
    host = await createHostServices({
      dataDirectory: dataDirectory(),
      templatesDirectory: join(directory.path, 'templates'),
      shell: 'web',
      version: '9.9.9',
      openExternal: async () => undefined,
      log: quietLog,
    });
  });

  afterEach(async () => {
    await host.close();
    await directory.remove();
  });

  function keeperFor(doc: Y.Doc, review: Y.Doc, now = () => new Date()): VersionKeeper {
    return new VersionKeeper(
      { programId: PROGRAM, doc, review, reviewLoaded: Promise.resolve() },
      host.api,
      () => AUTHOR,
      now,
    );
  }

  it('keeps a named version durably and opens it into a document of its own', async () => {
    const doc = newProgramDocument('Week of CLIL');
    const review = new Y.Doc();
    const kept = await keeperFor(doc, review).keep({ kind: 'named', name: ' Sent to partners ' });
    setMetaField(doc, 'title', 'Week of CLIL, after the pilot', null);

    expect(kept).toMatchObject({ name: 'Sent to partners', kind: 'named', author: AUTHOR });
    expect(readVersions(review)).toEqual([{ damaged: false, ...kept }]);
    // A window opened later (no bodies in memory) reads it from the file.
    const old = await keeperFor(doc, review).open(kept!.id);
    expect(readMeta(old).title).toBe('Week of CLIL');
    expect(readMeta(doc).title).toBe('Week of CLIL, after the pilot');
    expect(await readdir(versionsDirectory())).toEqual([`${kept!.id}.ydoc`]);
  });

  it('skips an automatic version when nothing changed since the newest, and keeps it after a change', async () => {
    const doc = newProgramDocument();
    const review = new Y.Doc();
    const keeper = keeperFor(doc, review);
    expect(await keeper.keep({ kind: 'named', name: 'Draft' })).not.toBeNull();
    expect(await keeper.keep({ kind: 'export' })).toBeNull();
    setMetaField(doc, 'title', 'Another title', null);
    expect(await keeper.keep({ kind: 'export' })).not.toBeNull();
    expect(readVersions(review).map((row) => !row.damaged && row.kind)).toEqual([
      'export',
      'named',
    ]);
  });

  it('lists a damaged body as damaged while every other still opens', async () => {
    const doc = newProgramDocument('Intact');
    const review = new Y.Doc();
    const keeper = keeperFor(doc, review);
    const intact = await keeper.keep({ kind: 'named', name: 'Intact' });
    setMetaField(doc, 'title', 'Cut short', null);
    const cut = await keeper.keep({ kind: 'named', name: 'Cut short' });
    setMetaField(doc, 'title', 'Flipped', null);
    const flipped = await keeper.keep({ kind: 'named', name: 'Flipped' });
    const fileOf = (id: string) => join(versionsDirectory(), `${id}.ydoc`);
    await truncate(fileOf(cut!.id), 30);
    const bytes = await readFile(fileOf(flipped!.id));
    bytes[bytes.length - 3]! ^= 0xff;
    await writeFile(fileOf(flipped!.id), bytes);

    const listed = await host.api.versions.list({ id: PROGRAM });
    expect(Object.fromEntries(listed.map((stored) => [stored.versionId, stored.damaged]))).toEqual({
      [intact!.id]: false,
      [cut!.id]: true,
      // Same length: only opening it finds the change.
      [flipped!.id]: false,
    });
    const fresh = keeperFor(doc, review);
    for (const damaged of [cut!.id, flipped!.id]) {
      await expect(fresh.open(damaged)).rejects.toSatisfy(
        (error) => error instanceof HostError && error.code === 'damaged-version',
      );
    }
    expect(readMeta(await fresh.open(intact!.id)).title).toBe('Intact');
  });

  it('refuses a body that decodes to no program as damaged', async () => {
    const doc = newProgramDocument();
    await host.api.versions.put({
      programId: PROGRAM,
      versionId: VERSION,
      body: Y.encodeStateAsUpdate(new Y.Doc()),
    });
    await expect(keeperFor(doc, new Y.Doc()).open(VERSION)).rejects.toSatisfy(
      (error) => error instanceof HostError && error.code === 'damaged-version',
    );
  });

  it('removes the bodies of the versions retention thins, and only those', async () => {
    const doc = newProgramDocument();
    const review = new Y.Doc();
    let clock = new Date('2026-03-01T08:00:00.000Z');
    const keeper = keeperFor(doc, review, () => clock);
    const ids: string[] = [];
    for (const hour of [8, 12, 18]) {
      clock = new Date(`2026-03-01T${String(hour).padStart(2, '0')}:00:00.000Z`);
      setMetaField(doc, 'title', `At ${hour}`, null);
      ids.push((await keeper.keep({ kind: 'idle' }))!.id);
    }
    clock = new Date('2026-03-20T08:00:00.000Z');
    await keeper.thin();

    expect(readVersions(review).map((row) => row.id)).toEqual([ids[2]]);
    expect(await readdir(versionsDirectory())).toEqual([`${ids[2]}.ydoc`]);
  });

  it('refuses requests out of bounds before anything is written', async () => {
    const call = (method: string, request: unknown) =>
      dispatch(host.api, 'versions', method, request);
    const refused = (field: string) => ({
      ok: false,
      error: expect.objectContaining({ code: 'invalid-argument', params: { field } }),
    });
    const body = new Uint8Array([1, 2, 3]);
    expect(await call('put', { programId: '../../etc', versionId: VERSION, body })).toEqual(
      refused('programId'),
    );
    expect(await call('put', { programId: PROGRAM, versionId: '../x', body })).toEqual(
      refused('versionId'),
    );
    expect(
      await call('put', { programId: PROGRAM, versionId: VERSION, body: new Uint8Array() }),
    ).toEqual(refused('body'));
    const tooLarge = new Uint8Array(VERSION_LIMITS.maxBodyBytes + 1);
    expect(await call('put', { programId: PROGRAM, versionId: VERSION, body: tooLarge })).toEqual(
      refused('body'),
    );
    expect(await call('get', { programId: PROGRAM, versionId: VERSION, extra: 1 })).toEqual(
      refused('arguments'),
    );
    expect(await call('get', { programId: PROGRAM, versionId: VERSION })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'not-found' }),
    });
    expect(await host.api.versions.list({ id: PROGRAM })).toEqual([]);
  });

  it("opens a co-tutor's approved version from the body carried with the approval, and stores it", async () => {
    const doc = newProgramDocument('Week of CLIL');
    const review = new Y.Doc();
    const keeper = keeperFor(doc, review);
    const kept = await keeper.keep({ kind: 'named', name: 'Approved for delivery' });
    if (kept === null) throw new Error('A named version is always kept');
    const by = { userId: 'user-marieke', ...AUTHOR };
    approve(
      review,
      { versionId: kept.id, by, at: kept.createdAt },
      await keeper.body(kept.id),
      null,
    );

    // The co-tutor's computer has the list and the approval, not the file.
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(review));
    await host.api.versions.remove({ programId: PROGRAM, versionId: kept.id });
    const opened = await keeperFor(doc, theirs).open(kept.id);
    expect(readMeta(opened).title).toBe('Week of CLIL');
    expect(await host.api.versions.list({ id: PROGRAM })).toMatchObject([{ versionId: kept.id }]);

    // A carried body that is not the version's (its digest differs) is refused, never shown.
    await host.api.versions.remove({ programId: PROGRAM, versionId: kept.id });
    const changed = new Y.Doc();
    Y.applyUpdate(changed, Y.encodeStateAsUpdate(review));
    reviewRootOf(changed, 'approvals').set(
      kept.id,
      Y.encodeStateAsUpdate(newProgramDocument('Other')),
    );
    await expect(keeperFor(doc, changed).open(kept.id)).rejects.toMatchObject({
      code: 'damaged-version',
    });
  });
});
