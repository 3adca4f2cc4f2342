import { readFile, stat, writeFile } from 'node:fs/promises';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import type { CompactionPolicy } from '../../electron/services/storage/compaction';
import { programFile } from '../../electron/services/storage/data-directory';
import { encodeFrames, parseFrameLog } from '../../electron/services/storage/frame-log';
import { Storage } from '../../electron/services/storage/storage';
import { rootOf } from '../../shared/model/layout';
import { readProgram } from '../../shared/model/read';
import {
  firstParagraph,
  newProgramDocument,
  quietLog,
  temporaryDirectory,
  typedText,
  typeInto,
  updatesOf,
} from '../integration/fixtures/storage-fixtures';

const NEVER: CompactionPolicy = {
  maxFrames: Number.MAX_SAFE_INTEGER,
  growthFactor: Infinity,
  minBytes: Infinity,
};

async function framesIn(file: string): Promise<number> {
  const log = parseFrameLog(await readFile(file));
  if (!log.ok) throw new Error(log.reason);
  return log.updates.length;
}

describe('compaction', () => {
  let directory: { path: string; remove(): Promise<void> };
  let storage: Storage;
  let id: string;
  let file: string;

  async function open(compaction: Partial<CompactionPolicy>): Promise<void> {
    storage = await Storage.open(directory.path, { log: quietLog, compaction });
  }

  /** Types (and deletes some of) `count` characters, one stored update each, as an editor would. */
  async function type(count: number): Promise<void> {
    const replica = new Y.Doc();
    Y.applyUpdate(replica, await storage.load(id));
    for (let index = 0; index < count; index++) {
      const paragraph = firstParagraph(replica);
      await storage.append(
        id,
        updatesOf(replica, () =>
          replica.transact(() => {
            typeInto(paragraph, String.fromCharCode(97 + (index % 26)));
            if (index % 10 === 9) paragraph.delete(paragraph.length - 2, 1);
          }),
        ),
      );
    }
  }

  beforeEach(async () => {
    directory = await temporaryDirectory('compaction');
    await open(NEVER);
    const doc = newProgramDocument('Compaction');
    id = rootOf(doc).get('programId') as string;
    await storage.create(doc);
    file = programFile(storage.paths, id);
  });

  afterEach(async () => {
    await storage.close();
    await directory.remove();
  });

  it('keeps the content identical and shrinks the file to one frame', async () => {
    await type(300);
    const before = {
      size: (await stat(file)).size,
      program: readProgram(await storage.document(id)),
    };
    const text = typedText(await storage.document(id));
    expect(await framesIn(file)).toBe(301);

    await storage.compact(id);
    expect(await framesIn(file)).toBe(1);
    expect((await stat(file)).size).toBeLessThan(before.size);

    await storage.close();
    await open(NEVER);
    const reopened = await storage.document(id);
    expect(readProgram(reopened)).toEqual(before.program);
    expect(typedText(reopened)).toBe(text);
  });

  it('compacts a file with many frames when it is opened', async () => {
    await type(120);
    const text = typedText(await storage.document(id));
    await storage.close();
    await open({ maxFrames: 100 });
    expect(typedText(await storage.document(id))).toBe(text);
    expect(await framesIn(file)).toBe(1);
  });

  it('compacts in the background after appends and waits for it on close', async () => {
    await storage.close();
    await open({ maxFrames: 50 });
    await type(120);
    const text = typedText(await storage.document(id));
    await storage.close();
    expect(await framesIn(file)).toBeLessThanOrEqual(51);
    await open(NEVER);
    expect(typedText(await storage.document(id))).toBe(text);
  });

  it('compacts once the file is more than twice the size of the document', async () => {
    await storage.close();
    await open({ minBytes: 0 });
    await type(200);
    await storage.close();
    const log = parseFrameLog(await readFile(file));
    expect(log.ok && log.updates.length).toBeLessThan(201);
  });

  it('opens the old file when a compaction was interrupted before its rename', async () => {
    await type(30);
    const text = typedText(await storage.document(id));
    await storage.close();
    // What a crash mid-compaction leaves: a partial <id>.ydoc.tmp beside the intact original.
    const original = await readFile(file);
    await writeFile(
      `${file}.tmp`,
      Buffer.concat([original.subarray(0, 8), encodeFrames([new Uint8Array(10)]).subarray(0, 9)]),
    );
    await open(NEVER);
    expect(typedText(await storage.document(id))).toBe(text);
    await expect(stat(`${file}.tmp`)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
