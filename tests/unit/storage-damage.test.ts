import { appendFile, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { programFile, reviewFile } from '../../electron/services/storage/data-directory';
import {
  encodeFrames,
  FRAME_HEADER_BYTES,
  MAGIC,
  parseFrameLog,
} from '../../electron/services/storage/frame-log';
import { Storage } from '../../electron/services/storage/storage';
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

/** Where each frame of an intact file starts. */
function frameOffsets(bytes: Buffer): number[] {
  const offsets: number[] = [];
  for (let offset = MAGIC.length; offset < bytes.length;) {
    offsets.push(offset);
    offset += FRAME_HEADER_BYTES + bytes.readUInt32LE(offset);
  }
  return offsets;
}

/**
 * What the tests below do with one of a program's two files: the program's own,
 * typed into through its learning outcomes, or its review document's, which the
 * store keeps the same way (its content is anyone's Yjs data to the store).
 */
type StoredFile = {
  name: string;
  path(storage: Storage, id: string): string;
  load(storage: Storage, id: string): Promise<Uint8Array>;
  append(storage: Storage, id: string, updates: Uint8Array[]): Promise<void>;
  /** The first frame: the program's creation, or the review's first change. */
  start(storage: Storage, id: string, replica: Y.Doc): Promise<void>;
  typeInto(replica: Y.Doc, characters: string): void;
  typed(doc: Y.Doc): string;
};

const PROGRAM_FILE: StoredFile = {
  name: 'program file',
  path: (storage, id) => programFile(storage.paths, id),
  load: (storage, id) => storage.load(id),
  append: async (storage, id, updates) => void (await storage.append(id, updates)),
  start: async (storage, id, replica) => Y.applyUpdate(replica, await storage.load(id)),
  typeInto: (replica, characters) => typeInto(firstParagraph(replica), characters),
  typed: typedText,
};

const REVIEW_FILE: StoredFile = {
  name: 'review file',
  path: (storage, id) => reviewFile(storage.paths, id),
  load: (storage, id) => storage.loadReview(id),
  append: (storage, id, updates) => storage.appendReview(id, updates),
  start: (storage, id, replica) =>
    storage.appendReview(
      id,
      updatesOf(replica, () => replica.getMap('notes').set('title', 'Review')),
    ),
  typeInto: (replica, characters) => {
    const text = replica.getText('typed');
    text.insert(text.length, characters);
  },
  typed: (doc) => doc.getText('typed').toString(),
};

describe.each([PROGRAM_FILE, REVIEW_FILE])('a damaged $name', (stored) => {
  let directory: { path: string; remove(): Promise<void> };
  let storage: Storage;
  let id: string;
  let file: string;
  /** A co-tutor's copy of the program, holding every change typed. */
  let replica: Y.Doc;

  /** Seven frames: the new program, then one per typed character of "abcdef". */
  beforeEach(async () => {
    directory = await temporaryDirectory('damage');
    storage = await Storage.open(directory.path, { log: quietLog });
    const doc = newProgramDocument('Damaged');
    id = rootOf(doc).get('programId') as string;
    await storage.create(doc);
    file = stored.path(storage, id);
    replica = new Y.Doc();
    await stored.start(storage, id, replica);
    for (const character of 'abcdef') await type(character);
    await storage.close();
  });

  afterEach(async () => {
    await storage.close();
    await directory.remove();
  });

  async function type(character: string): Promise<void> {
    await stored.append(
      storage,
      id,
      updatesOf(replica, () => stored.typeInto(replica, character)),
    );
  }

  /** Changes the closed file as a media error would; returns its bytes as they now are. */
  async function damage(change: (bytes: Buffer, frames: number[]) => void): Promise<Buffer> {
    const bytes = await readFile(file);
    const frames = frameOffsets(bytes);
    expect(frames).toHaveLength(7);
    change(bytes, frames);
    await writeFile(file, bytes);
    return bytes;
  }

  async function reopen(): Promise<string> {
    await storage.close();
    storage = await Storage.open(directory.path, { log: quietLog });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await stored.load(storage, id));
    return stored.typed(doc);
  }

  /** The one copy in damaged/, which must hold exactly the bytes found before opening. */
  async function onlyCopy(expected: Buffer): Promise<string> {
    const copies = await readdir(storage.paths.damaged);
    expect(copies).toHaveLength(1);
    const copy = join(storage.paths.damaged, copies[0] ?? '');
    expect((await readFile(copy)).equals(expected)).toBe(true);
    return copy;
  }

  it('with a flipped bit in the last frame keeps a copy, opens the rest and says where the copy is', async () => {
    const damaged = await damage((bytes, frames) => {
      const payload = (frames[6] ?? 0) + FRAME_HEADER_BYTES;
      bytes[payload + 3] = (bytes[payload + 3] ?? 0) ^ 0x04;
    });

    expect(await reopen()).toBe('abcde');
    const copy = await onlyCopy(damaged);
    expect(await storage.recovery(id)).toEqual({
      code: 'damaged-file-recovered',
      params: { copyPath: copy },
    });
    // The file now holds what was read, and takes new changes like any other.
    const log = parseFrameLog(await readFile(file));
    expect(log).toMatchObject({ ok: true, damage: [], tornBytes: 0 });
    replica = new Y.Doc();
    Y.applyUpdate(replica, await stored.load(storage, id));
    await type('X');
    expect(await reopen()).toBe('abcdeX');
    expect(await storage.recovery(id)).toBeNull();
    await onlyCopy(damaged);
  });

  it('with a middle length made 65,536 larger keeps a copy and opens all seven frames', async () => {
    const intact = await readFile(file);
    const damaged = await damage((bytes, frames) => {
      const fourth = frames[3] ?? 0;
      bytes.writeUInt32LE(bytes.readUInt32LE(fourth) + 65_536, fourth);
    });

    // The checksum covers the payload, so the frame with the wrong length is whole too.
    expect(await reopen()).toBe('abcdef');
    const copy = await onlyCopy(damaged);
    expect(await storage.recovery(id)).toEqual({
      code: 'damaged-file-recovered',
      params: { copyPath: copy },
    });
    expect((await readFile(file)).equals(intact)).toBe(true);
  });

  it('with a lost middle frame keeps the changes after it, which appear once the lost one arrives again', async () => {
    const damaged = await damage((bytes, frames) => {
      const payload = (frames[3] ?? 0) + FRAME_HEADER_BYTES;
      bytes[payload + 2] = (bytes[payload + 2] ?? 0) ^ 0x10;
    });

    // "d", "e" and "f" were typed after "c": Yjs holds them until "c" is back.
    expect(await reopen()).toBe('ab');
    await onlyCopy(damaged);
    const log = parseFrameLog(await readFile(file));
    expect(log.ok && log.updates.length).toBe(6);
    await stored.append(storage, id, [Y.encodeStateAsUpdate(replica)]);
    expect(await reopen()).toBe('abcdef');
  });

  it('is left as it is when no copy can be made', async () => {
    const damaged = await damage((bytes, frames) => {
      const payload = (frames[6] ?? 0) + FRAME_HEADER_BYTES;
      bytes[payload] = (bytes[payload] ?? 0) ^ 0x01;
    });
    storage = await Storage.open(directory.path, { log: quietLog });
    // A file where the folder should be: the copy fails as on a full or read-only disk.
    await rm(storage.paths.damaged, { recursive: true });
    await writeFile(storage.paths.damaged, '');

    await expect(stored.load(storage, id)).rejects.toThrow(/ENOTDIR/);
    expect((await readFile(file)).equals(damaged)).toBe(true);
  });

  it('with a half-written last frame drops it silently, without a copy', async () => {
    const size = (await stat(file)).size;
    const next = updatesOf(replica, () => stored.typeInto(replica, 'g'));
    const frame = encodeFrames(next);
    await appendFile(file, frame.subarray(0, Math.ceil(frame.length / 2)));

    expect(await reopen()).toBe('abcdef');
    expect((await stat(file)).size).toBe(size);
    expect(await readdir(storage.paths.damaged)).toEqual([]);
    expect(await storage.recovery(id)).toBeNull();
  });
});

describe('a review file with nothing readable', () => {
  it('keeps a copy, opens the program with an empty review, and is replaced by the next review change', async () => {
    const directory = await temporaryDirectory('review-damage');
    let storage = await Storage.open(directory.path, { log: quietLog });
    try {
      const created = await storage.create(newProgramDocument('Review lost'));
      const file = reviewFile(storage.paths, created.id);
      const garbage = Buffer.from('not a Cotutor file at all');
      await writeFile(file, garbage);
      await storage.close();
      storage = await Storage.open(directory.path, { log: quietLog });

      const program = new Y.Doc();
      Y.applyUpdate(program, await storage.load(created.id));
      expect(rootOf(program).get('programId')).toBe(created.id);
      const review = new Y.Doc();
      Y.applyUpdate(review, await storage.loadReview(created.id));
      expect(review.share.size).toBe(0);
      const copies = await readdir(storage.paths.damaged);
      expect(copies).toEqual([expect.stringMatching(new RegExp(`^${created.id}\\.review-`))]);
      expect(await readFile(join(storage.paths.damaged, copies[0]!))).toEqual(garbage);
      expect(await storage.recovery(created.id)).toEqual({
        code: 'damaged-file-recovered',
        params: { copyPath: join(storage.paths.damaged, copies[0]!) },
      });

      await storage.appendReview(
        created.id,
        updatesOf(review, () => review.getText('typed').insert(0, 'kept')),
      );
      await storage.close();
      storage = await Storage.open(directory.path, { log: quietLog });
      const reopened = new Y.Doc();
      Y.applyUpdate(reopened, await storage.loadReview(created.id));
      expect(reopened.getText('typed').toString()).toBe('kept');
      expect(await readdir(storage.paths.damaged)).toHaveLength(1);
    } finally {
      await storage.close();
      await directory.remove();
    }
  });
});
