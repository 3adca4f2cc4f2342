import { constants } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openForAppend } from '../../electron/services/storage/append-file';
import { encodeLog, parseFrameLog } from '../../electron/services/storage/frame-log';
import { appendFramesTo } from '../../electron/services/storage/program-file';
import { temporaryDirectory } from '../integration/fixtures/storage-fixtures';

/** The open flags of one of this process's descriptors, as Linux reports them (octal). */
async function openFlags(fd: number): Promise<number> {
  const info = await readFile(`/proc/self/fdinfo/${fd}`, 'utf8');
  const flags = /^flags:\s*([0-7]+)$/m.exec(info)?.[1];
  if (flags === undefined) throw new Error(`no flags in ${info}`);
  return Number.parseInt(flags, 8);
}

describe('appending frames to a file kept open', () => {
  let directory: Awaited<ReturnType<typeof temporaryDirectory>>;
  let file: string;
  beforeEach(async () => {
    directory = await temporaryDirectory('append');
    file = join(directory.path, 'room.ydoc');
    await writeFile(file, encodeLog([new Uint8Array([1, 2, 3])]));
  });
  afterEach(() => directory.remove());

  it.runIf(process.platform === 'linux')(
    'opens the file for synchronized writes, so that no separate fsync is needed',
    async () => {
      const opened = await openForAppend(file);
      try {
        expect(opened.synchronous).toBe(true);
        expect((await openFlags(opened.handle.fd)) & constants.O_DSYNC).toBe(constants.O_DSYNC);
      } finally {
        await opened.handle.close();
      }
    },
  );

  it('appends batch after batch at the end of the good data', async () => {
    const opened = await openForAppend(file);
    let end = (await readFile(file)).byteLength;
    try {
      end += await appendFramesTo(opened, end, [new Uint8Array([4]), new Uint8Array([5, 6])]);
      end += await appendFramesTo(opened, end, [new Uint8Array(300).fill(7)]);
    } finally {
      await opened.handle.close();
    }
    const bytes = await readFile(file);
    expect(bytes.byteLength).toBe(end);
    const log = parseFrameLog(bytes);
    expect(log.ok && log.updates.map((update) => update.byteLength)).toEqual([3, 1, 2, 300]);
  });

  it('refuses to append where the file does not end, and leaves it as it was', async () => {
    const before = await readFile(file);
    const opened = await openForAppend(file);
    try {
      await expect(
        appendFramesTo(opened, before.byteLength - 1, [new Uint8Array([9])]),
      ).rejects.toThrow(
        `the file is ${before.byteLength} bytes long, expected ${before.byteLength - 1}`,
      );
    } finally {
      await opened.handle.close();
    }
    expect(await readFile(file)).toEqual(before);
  });
});
