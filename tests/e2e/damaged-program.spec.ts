import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { silentLogger } from '../../electron/services/logger';
import { programFile } from '../../electron/services/storage/data-directory';
import { FRAME_HEADER_BYTES, MAGIC } from '../../electron/services/storage/frame-log';
import { Storage } from '../../electron/services/storage/storage';
import { setMetaField } from '../../shared/model/mutations/program';
import { newProgramDocument } from '../integration/fixtures/storage-fixtures';
import { expect, openApp, startApp, test } from './fixtures';

/**
 * A program stored as three frames: created as "Week of CLIL", renamed "Kept
 * title", renamed "Lost title"; then one bit of the last frame flips on disk.
 */
async function programWithDamagedLastFrame(dataDirectory: string): Promise<void> {
  const storage = await Storage.open(dataDirectory, { log: silentLogger });
  const { id } = await storage.create(newProgramDocument('Week of CLIL'));
  for (const title of ['Kept title', 'Lost title']) {
    await storage.change(id, (doc) => setMetaField(doc, 'title', title, null));
  }
  await storage.close();
  const file = programFile(storage.paths, id);
  const bytes = await readFile(file);
  let last = MAGIC.length;
  while (last + FRAME_HEADER_BYTES + bytes.readUInt32LE(last) < bytes.length) {
    last += FRAME_HEADER_BYTES + bytes.readUInt32LE(last);
  }
  const inPayload = last + FRAME_HEADER_BYTES + 2;
  bytes[inPayload] = (bytes[inPayload] ?? 0) ^ 0x01;
  await writeFile(file, bytes);
  // The file's clock stamp lags the wall clock by up to a tick, so a write this
  // soon after the last save may carry an older time than the library's entry,
  // which then stays "Lost title" until the program is opened. A save that tore
  // the file comes after the entry: say so, so the library reads the file again.
  const later = new Date(Date.now() + 60_000);
  await utimes(file, later, later);
}

test('a program whose file is damaged opens with what could be read and says where the file was kept', async ({
  page,
}) => {
  const dataDirectory = await mkdtemp(join(tmpdir(), 'cotutor-e2e-damaged-'));
  await programWithDamagedLastFrame(dataDirectory);
  const app = await startApp(dataDirectory);
  try {
    await openApp(page, app);
    await page.getByRole('button', { name: 'Open Kept title' }).click();

    const notice = page.getByRole('alert');
    await expect(notice).toContainText("Part of this program's file was damaged");
    await expect(page.getByRole('heading', { name: 'Kept title', level: 1 })).toBeVisible();
    const copies = await readdir(join(dataDirectory, 'damaged'));
    expect(copies).toHaveLength(1);
    await expect(notice).toContainText(join(dataDirectory, 'damaged', copies[0] ?? ''));

    await notice.getByRole('button', { name: 'Close' }).click();
    await expect(notice).toBeHidden();
  } finally {
    // The page first, as the fixtures do: a request it still makes must not find this host gone.
    await page.close();
    await app.close();
    await rm(dataDirectory, { recursive: true, force: true });
  }
});
