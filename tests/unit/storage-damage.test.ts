import { appendFile, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { programFile } from '../../electron/services/storage/data-directory';
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

describe('a damaged program file', () => {
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
    file = programFile(storage.paths, id);
    replica = new Y.Doc();
    Y.applyUpdate(replica, await storage.load(id));
    for (const character of 'abcdef') await type(character);
    await storage.close();
  });

  afterEach(async () => {
    await storage.close();
    await directory.remove();
  });

  async function type(character: string): Promise<void> {
    await storage.append(
      id,
      updatesOf(replica, () => typeInto(firstParagraph(replica), character)),
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
    Y.applyUpdate(doc, await storage.load(id));
    return typedText(doc);
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
    Y.applyUpdate(replica, await storage.load(id));
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
    await storage.append(id, [Y.encodeStateAsUpdate(replica)]);
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

    await expect(storage.load(id)).rejects.toThrow(/ENOTDIR/);
    expect((await readFile(file)).equals(damaged)).toBe(true);
  });

  it('with a half-written last frame drops it silently, without a copy', async () => {
    const size = (await stat(file)).size;
    const next = updatesOf(replica, () => typeInto(firstParagraph(replica), 'g'));
    const frame = encodeFrames(next);
    await appendFile(file, frame.subarray(0, Math.ceil(frame.length / 2)));

    expect(await reopen()).toBe('abcdef');
    expect((await stat(file)).size).toBe(size);
    expect(await readdir(storage.paths.damaged)).toEqual([]);
    expect(await storage.recovery(id)).toBeNull();
  });
});
