import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { encodeLog, parseFrameLog } from '../../electron/services/storage/frame-log';
import { PLACEHOLDER_TITLE, PLACEHOLDER_UPDATE } from '../../electron/services/storage/placeholder';
import { Storage } from '../../electron/services/storage/storage';
import { rootOf } from '../../shared/model/layout';
import { setMetaField } from '../../shared/model/mutations/program';
import {
  firstParagraph,
  newProgramDocument,
  quietLog,
  temporaryDirectory,
  typedText,
  typeInto,
  updatesOf,
} from '../integration/fixtures/storage-fixtures';

/** A program as the sync server would hand it over: its whole state, under the placeholder's id. */
function programFromServer(id: string, title: string): Y.Doc {
  const doc = newProgramDocument(title);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  copy.transact(() => rootOf(copy).set('programId', id));
  return copy;
}

describe('a placeholder awaiting its first sync', () => {
  const id = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
  let directory: { path: string; remove(): Promise<void> };
  let storage: Storage;
  const file = (): string => join(directory.path, 'programs', `${id}.ydoc`);

  beforeEach(async () => {
    directory = await temporaryDirectory('placeholder');
    storage = await Storage.open(directory.path, { log: quietLog });
  });

  afterEach(async () => {
    await storage.close();
    await directory.remove();
  });

  async function reopen(): Promise<void> {
    await storage.close();
    storage = await Storage.open(directory.path, { log: quietLog });
  }

  it('is the empty update, as a valid Yjs document', () => {
    expect(PLACEHOLDER_UPDATE).toEqual(Y.encodeStateAsUpdate(new Y.Doc()));
  });

  it('is listed as awaiting, loads as an empty document and is not damage', async () => {
    const summary = await storage.createPlaceholder(id, 'Astana week');
    expect(summary).toMatchObject({ id, title: 'Astana week', awaitingSync: true, days: 0 });
    const log = parseFrameLog(await readFile(file()));
    expect(log.ok && log.updates.map((update) => [...update])).toEqual([[0, 0]]);
    await reopen();
    expect(storage.list()).toMatchObject([{ id, title: 'Astana week', awaitingSync: true }]);
    const state = await storage.load(id);
    expect(state).toEqual(PLACEHOLDER_UPDATE);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    expect(rootOf(doc).size).toBe(0);
    expect(await readdir(storage.paths.damaged)).toEqual([]);
  });

  it('accepts updates that bring no program yet, then the program, and stops awaiting', async () => {
    await storage.createPlaceholder(id, undefined);
    expect(storage.summary(id)?.title).toBe(PLACEHOLDER_TITLE);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, await storage.load(id));
    const stray = updatesOf(replica, () => replica.getMap('elsewhere').set('note', 1));
    expect((await storage.append(id, stray)).awaitingSync).toBe(true);

    const server = programFromServer(id, 'From Pavlodar');
    const arriving = updatesOf(replica, () =>
      Y.applyUpdate(replica, Y.encodeStateAsUpdate(server)),
    );
    const arrived = await storage.append(id, arriving);
    expect(arrived).toMatchObject({ title: 'From Pavlodar', awaitingSync: false, days: 5 });

    // Now it is a program like any other: the damage checks apply again.
    const wrecking = updatesOf(replica, () => rootOf(replica).delete('meta'));
    await expect(storage.append(id, wrecking)).rejects.toMatchObject({ code: 'invalid-argument' });

    await reopen();
    expect(storage.list()).toMatchObject([{ id, title: 'From Pavlodar', awaitingSync: false }]);
    const typing = new Y.Doc();
    Y.applyUpdate(typing, await storage.load(id));
    await storage.append(
      id,
      updatesOf(typing, () => typeInto(firstParagraph(typing), 'Сәлем')),
    );
    await storage.compact(id);
    await reopen();
    const stored = new Y.Doc();
    Y.applyUpdate(stored, await storage.load(id));
    expect(typedText(stored)).toBe('Сәлем');
  });

  it('keeps its mark through compaction while it still awaits', async () => {
    await storage.createPlaceholder(id, 'Kept');
    const replica = new Y.Doc();
    const stray = updatesOf(replica, () => {
      for (let index = 0; index < 5; index++) replica.getMap('elsewhere').set('n', index);
    });
    await storage.append(id, stray);
    await storage.compact(id);
    await reopen();
    expect(storage.summary(id)).toMatchObject({ title: 'Kept', awaitingSync: true });
    expect(await readdir(storage.paths.damaged)).toEqual([]);
  });

  it('survives a lost library index, with the default title', async () => {
    await storage.createPlaceholder(id, 'Lost title');
    await storage.close();
    await rm(join(directory.path, 'library.json'));
    storage = await Storage.open(directory.path, { log: quietLog });
    expect(storage.list()).toMatchObject([{ id, title: PLACEHOLDER_TITLE, awaitingSync: true }]);
  });

  it('is still damage when a file holds no program and no placeholder mark', async () => {
    await storage.close();
    const empty = new Y.Doc();
    empty.getMap('elsewhere').set('note', 1);
    await writeFile(file(), encodeLog([Y.encodeStateAsUpdate(empty)]));
    storage = await Storage.open(directory.path, { log: quietLog });
    await expect(storage.load(id)).rejects.toMatchObject({ code: 'damaged-file' });
  });

  it('refuses a program from a newer version, without calling it damaged', async () => {
    await storage.createPlaceholder(id, 'Future');
    const server = programFromServer(id, 'From the future');
    server.transact(() => rootOf(server).set('schemaVersion', 99));
    await expect(storage.append(id, [Y.encodeStateAsUpdate(server)])).rejects.toMatchObject({
      code: 'newer-version',
    });
    expect(storage.summary(id)?.awaitingSync).toBe(true);
    expect(await storage.load(id)).toEqual(PLACEHOLDER_UPDATE);
  });

  it('cannot be renamed or read as a program before it arrives', async () => {
    await storage.createPlaceholder(id, 'Not yet');
    await expect(
      storage.change(id, (doc) => setMetaField(doc, 'title', 'Renamed', null)),
    ).rejects.toMatchObject({ code: 'not-arrived' });
    await expect(storage.document(id)).rejects.toMatchObject({ code: 'not-arrived' });
  });

  it('goes to the trash and comes back like any program', async () => {
    await storage.createPlaceholder(id, 'Trashed');
    await storage.remove(id);
    expect(storage.list()).toEqual([]);
    expect(storage.trashed(id)).toMatchObject({ title: 'Trashed', awaitingSync: true });
    await reopen();
    const restored = await storage.restore(id);
    expect(restored).toMatchObject({ id, title: 'Trashed', awaitingSync: true });
    expect(await storage.load(id)).toEqual(PLACEHOLDER_UPDATE);
  });

  it('reads library entries written before sharing existed', async () => {
    const { id: programId } = await storage.create(newProgramDocument('Older index'));
    await storage.close();
    const index = JSON.parse(await readFile(join(directory.path, 'library.json'), 'utf8')) as {
      programs: Record<string, unknown>[];
    };
    for (const entry of index.programs) {
      delete entry.shared;
      delete entry.awaitingSync;
      // A title only the index holds, dated after the file: proves the entry was read, not rebuilt.
      entry.title = 'Kept from the index';
      entry.updatedAt = new Date(Date.now() + 60_000).toISOString();
    }
    await writeFile(join(directory.path, 'library.json'), JSON.stringify(index));
    storage = await Storage.open(directory.path, { log: quietLog, isShared: () => true });
    expect(storage.list()).toMatchObject([
      { id: programId, title: 'Kept from the index', shared: true, awaitingSync: false },
    ]);
  });
});
