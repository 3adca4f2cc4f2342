import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  MAX_PENDING_UPLOADS,
  VersionUploadQueue,
} from '../../electron/services/sharing/version-upload-queue';
import { newId } from '../../shared/model/ids';
import { quietLog, temporaryDirectory } from '../integration/fixtures/storage-fixtures';

describe('the queue of version bodies to upload', () => {
  let directory: { path: string; remove(): Promise<void> };
  const programId = newId();

  beforeEach(async () => {
    directory = await temporaryDirectory('upload-queue');
  });
  afterEach(() => directory.remove());

  it('keeps what is queued across a restart, once each, until it is done', async () => {
    const queue = await VersionUploadQueue.open(directory.path, quietLog);
    const [first, second] = [newId(), newId()].map((versionId) => ({ programId, versionId }));
    await queue.add([first!, second!]);
    await queue.add([first!]);

    const reopened = await VersionUploadQueue.open(directory.path, quietLog);
    expect(reopened.pending()).toEqual([first, second]);
    await reopened.remove(first!);
    expect((await VersionUploadQueue.open(directory.path, quietLog)).pending()).toEqual([second]);
  });

  it('keeps the newest uploads when more than its bound are queued', async () => {
    const queue = await VersionUploadQueue.open(directory.path, quietLog);
    const uploads = Array.from({ length: MAX_PENDING_UPLOADS + 5 }, () => ({
      programId,
      versionId: newId(),
    }));
    await queue.add(uploads);
    expect(queue.pending()).toHaveLength(MAX_PENDING_UPLOADS);
    expect(queue.pending()[0]).toEqual(uploads[5]);
  });

  it('starts empty from a file it cannot read, and keeps that file aside', async () => {
    const file = join(directory.path, 'version-uploads.json');
    await writeFile(file, '{"format":"cotutor-version-uploads","version":1,"pending":[{"x":1}]}');
    const queue = await VersionUploadQueue.open(directory.path, quietLog);
    expect(queue.pending()).toEqual([]);
    expect(await readFile(file, 'utf8')).toContain('"x":1');
  });
});
