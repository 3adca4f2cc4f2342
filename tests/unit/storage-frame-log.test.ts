import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { programFile } from '../../electron/services/storage/data-directory';
import {
  encodeFrames,
  encodeLog,
  MAGIC,
  parseFrameLog,
} from '../../electron/services/storage/frame-log';
import { Storage } from '../../electron/services/storage/storage';
import { HostError } from '../../shared/host-api/errors';
import { rootOf } from '../../shared/model/layout';
import {
  firstParagraph,
  newProgramDocument,
  quietLog,
  temporaryDirectory,
  typedText,
  typeInto,
  updatesOf,
} from '../integration/fixtures/storage-fixtures';

describe('the frame log format', () => {
  it('reads back the updates it encodes, in order', () => {
    const updates = [new Uint8Array([1, 2, 3]), new Uint8Array([4]), new Uint8Array(300).fill(7)];
    const log = parseFrameLog(encodeLog(updates));
    expect(log.ok && log.updates.map((update) => [...update])).toEqual(
      updates.map((update) => [...update]),
    );
    expect(log.ok && log.tornBytes).toBe(0);
  });

  it('treats a partial frame header, a short last frame or a zero-filled tail as a torn tail', () => {
    const good = encodeLog([new Uint8Array([1, 2, 3])]);
    const next = encodeFrames([new Uint8Array([9, 9, 9, 9])]);
    for (const tail of [next.subarray(0, 5), next.subarray(0, next.length - 1), Buffer.alloc(12)]) {
      const log = parseFrameLog(Buffer.concat([good, tail]));
      expect(log).toMatchObject({
        ok: true,
        goodLength: good.length,
        tornBytes: tail.length,
        damage: [],
      });
    }
  });

  it('calls a whole last frame with a wrong checksum damage, not a torn tail', () => {
    const good = encodeLog([new Uint8Array([1, 2, 3])]);
    const last = encodeFrames([new Uint8Array([9, 9, 9, 9])]);
    last[4] = (last[4] ?? 0) ^ 0xff;
    const log = parseFrameLog(Buffer.concat([good, last]));
    expect(log).toMatchObject({ ok: true, tornBytes: 0, damage: [{ offset: good.length }] });
    expect(log.ok && log.updates.map((update) => [...update])).toEqual([[1, 2, 3]]);
  });

  it('reads the good frames after a bad one', () => {
    const bytes = encodeLog([new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6])]);
    bytes[MAGIC.length + 8] = 0x55; // first payload byte
    const log = parseFrameLog(bytes);
    expect(log).toMatchObject({ ok: true, tornBytes: 0, damage: [{ offset: MAGIC.length }] });
    expect(log.ok && log.updates.map((update) => [...update])).toEqual([[4, 5, 6]]);
  });

  it('reads a frame whose length field is wrong when its checksum still matches its bytes', () => {
    const updates = [1, 2, 3, 4].map((value) => new Uint8Array(20).fill(value));
    const bytes = encodeLog(updates);
    const second = MAGIC.length + 8 + 20;
    for (const wrong of [20 + 65_536, 7]) {
      bytes.writeUInt32LE(wrong, second);
      const log = parseFrameLog(bytes);
      expect(log).toMatchObject({ ok: true, damage: [{ offset: second }] });
      expect(log.ok && log.updates.map((update) => update[0])).toEqual([1, 2, 3, 4]);
    }
  });

  it('stops searching bytes where every offset looks like a frame, and calls the rest damage', () => {
    // Small numbers between zeros: nearly every offset declares a length that fits in the file.
    const leads = new Uint8Array(512 * 1024).map((_, index) => (index % 7 === 0 ? index % 50 : 0));
    const bytes = encodeLog([new Uint8Array([1, 2, 3]), leads, new Uint8Array([4, 5, 6])]);
    const second = MAGIC.length + 8 + 3;
    bytes[second + 8 + 1000] = 0xff;
    const log = parseFrameLog(bytes);
    expect(log).toMatchObject({
      ok: true,
      tornBytes: 0,
      damage: [{ offset: second, bytes: bytes.length - second }],
    });
    expect(log.ok && log.updates.map((update) => [...update])).toEqual([[1, 2, 3]]);
  });

  it('keeps the damage and the torn tail apart when both are found', () => {
    const good = encodeLog([new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6])]);
    good[MAGIC.length + 8] = 0x55;
    const torn = encodeFrames([new Uint8Array([7, 8, 9])]).subarray(0, 9);
    const log = parseFrameLog(Buffer.concat([good, torn]));
    expect(log).toMatchObject({ ok: true, goodLength: good.length, tornBytes: torn.length });
    expect(log.ok && log.damage).toHaveLength(1);
  });

  it('refuses an empty file and a file without the header', () => {
    expect(parseFrameLog(new Uint8Array())).toEqual({ ok: false, reason: 'the file is empty' });
    expect(parseFrameLog(Buffer.from('{"not":"a program"}'))).toMatchObject({ ok: false });
  });
});

describe('program files on disk', () => {
  let directory: { path: string; remove(): Promise<void> };
  let storage: Storage;
  let id: string;
  let file: string;

  beforeEach(async () => {
    directory = await temporaryDirectory('frames');
    storage = await Storage.open(directory.path, { log: quietLog });
    const doc = newProgramDocument('Frames');
    id = rootOf(doc).get('programId') as string;
    await storage.create(doc);
    file = programFile(storage.paths, id);
  });

  afterEach(async () => {
    await storage.close();
    await directory.remove();
  });

  async function typeAndStore(text: string): Promise<void> {
    const doc = await storage.document(id);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    for (const character of text) {
      await storage.append(
        id,
        updatesOf(replica, () => typeInto(firstParagraph(replica), character)),
      );
    }
  }

  async function reopen(): Promise<Y.Doc> {
    await storage.close();
    storage = await Storage.open(directory.path, { log: quietLog });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await storage.load(id));
    return doc;
  }

  async function openFailure(): Promise<HostError> {
    const error: unknown = await reopen().then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(HostError);
    return error as HostError;
  }

  it('appends one frame per update without rewriting the file', async () => {
    const before = await readFile(file);
    await typeAndStore('Hello');
    const after = await readFile(file);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    const log = parseFrameLog(after);
    expect(log.ok && log.updates.length).toBe(1 + 5);
    expect(typedText(await reopen())).toBe('Hello');
  });

  it('drops a torn tail, keeps everything before it and truncates the file', async () => {
    await typeAndStore('Kept');
    const goodSize = (await stat(file)).size;
    const next = encodeFrames([new Uint8Array(40).fill(3)]);
    await storage.close();
    await appendFile(file, next.subarray(0, 20));
    expect(typedText(await reopen())).toBe('Kept');
    expect((await stat(file)).size).toBe(goodSize);
    expect(await readdir(storage.paths.damaged)).toEqual([]);
  });

  it('reports a damaged first frame, keeps a copy and leaves the original untouched', async () => {
    await typeAndStore('abc');
    await storage.close();
    const bytes = await readFile(file);
    bytes[MAGIC.length + 8 + 2] = (bytes[MAGIC.length + 8 + 2] ?? 0) ^ 0xff; // inside the first frame
    await writeFile(file, bytes);

    const error = await openFailure();
    expect(error.code).toBe('damaged-file');
    expect(error.detail).toContain('"Frames"');
    const copies = await readdir(storage.paths.damaged);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatch(new RegExp(`^${id}-.+\\.ydoc$`));
    expect(error.params).toEqual({ copyPath: join(storage.paths.damaged, copies[0] ?? '') });
    expect((await readFile(join(storage.paths.damaged, copies[0] ?? ''))).equals(bytes)).toBe(true);
    expect((await readFile(file)).equals(bytes)).toBe(true);

    // Trying again reports the same copy instead of piling up new ones.
    await openFailure();
    expect(await readdir(storage.paths.damaged)).toHaveLength(1);
  });

  it.each([
    ['a file without the Cotutor header', () => Buffer.from('{"title":"not a program"}')],
    ['an empty file', () => Buffer.alloc(0)],
    ['a header without any frame', () => Buffer.from(MAGIC)],
    [
      'a frame that Yjs cannot apply',
      () => encodeLog([new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff])]),
    ],
    [
      'a valid Yjs document that is not a program',
      () => {
        const doc = new Y.Doc();
        doc.getMap('something-else').set('a', 1);
        return encodeLog([Y.encodeStateAsUpdate(doc)]);
      },
    ],
  ])('reports %s as damaged, never as an empty program', async (_name, content) => {
    await storage.close();
    const bytes = content();
    await writeFile(file, bytes);
    const error = await openFailure();
    expect(error.code).toBe('damaged-file');
    expect(await readdir(storage.paths.damaged)).toHaveLength(1);
    expect((await readFile(file)).equals(bytes)).toBe(true);
  });

  it('refuses an append when the file changed behind its back, then recovers', async () => {
    await typeAndStore('ab');
    await appendFile(file, encodeFrames([new Uint8Array(40).fill(3)]).subarray(0, 11));
    const replica = new Y.Doc();
    Y.applyUpdate(replica, await storage.load(id));
    const update = updatesOf(replica, () => typeInto(firstParagraph(replica), 'c'));
    await expect(storage.append(id, update)).rejects.toMatchObject({ code: 'storage' });
    await storage.append(id, update);
    expect(typedText(await reopen())).toBe('abc');
  });

  it('refuses a program saved by a newer version without calling it damaged', async () => {
    await storage.close();
    const doc = newProgramDocument('From the future');
    rootOf(doc).set('schemaVersion', 99);
    await writeFile(file, encodeLog([Y.encodeStateAsUpdate(doc)]));
    const error = await openFailure();
    expect(error.code).toBe('newer-version');
    expect(error.detail).toMatch(/format 99/);
    expect(await readdir(storage.paths.damaged)).toEqual([]);
  });

  it('refuses updates that are not Yjs or would unmake the program, and stores nothing', async () => {
    const size = (await stat(file)).size;
    await expect(storage.append(id, [new Uint8Array([0xff, 0xff, 0xff])])).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    const replica = new Y.Doc();
    Y.applyUpdate(replica, await storage.load(id));
    const wrecking = updatesOf(replica, () => rootOf(replica).delete('meta'));
    await expect(storage.append(id, wrecking)).rejects.toMatchObject({ code: 'invalid-argument' });
    expect((await stat(file)).size).toBe(size);
    expect(typedText(await reopen())).toBe('');
  });
});
