import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';

import type { Browser } from 'playwright-core';
import * as Y from 'yjs';

import {
  FRAME_HEADER_BYTES,
  MAGIC,
  parseFrameLog,
} from '../../electron/services/storage/frame-log';
import { type HostProcess, type ProcessIo, processIo } from './host';
import { openSession, savedStatus, typingText } from './key-bench';

export type BytesResult = {
  characters: number;
  field: string;
  /** Growth of the program's .ydoc over the run (compaction held off). */
  fileGrowth: number;
  framesAdded: number;
  /** Of the growth, the Yjs updates themselves (the rest is frame headers). */
  payloadBytes: number;
  fileBytes: number;
  /** What rewriting the whole document once would write now (header + one frame). */
  wholeDocumentBytes: number;
  /** The host process's /proc/<pid>/io over the same run (index and HTTP answers included). */
  io: ProcessIo;
};

export type BytesTarget = {
  host: HostProcess;
  programId: string;
  blockId: string;
  label: string;
  file: string;
};

/** Types `characters` keys into one field and measures what reached the disk. */
export async function benchBytes(
  browser: Browser,
  target: BytesTarget,
  characters: number,
): Promise<BytesResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await openSession(page, target.host, target.programId, target.blockId);
    const field = page.getByRole('textbox', { name: target.label, exact: true });
    await field.click();
    await page.keyboard.press('Control+End');
    await savedStatus(page).waitFor({ timeout: 30_000 });
    // Let the host's debounced library index settle before the first reading.
    await delay(1500);
    const before = await snapshot(target);
    const text = typingText(characters);
    // About 50 keys a second: fast typing, a realistic rhythm for the saver's batches.
    await page.keyboard.type(text, { delay: 15 });
    await savedStatus(page).waitFor({ timeout: 60_000 });
    await delay(1500);
    const after = await snapshot(target);
    const doc = new Y.Doc();
    for (const update of after.updates) Y.applyUpdate(doc, update);
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    const added = after.updates.slice(before.updates.length);
    return {
      characters: text.length,
      field: target.label,
      fileGrowth: after.bytes - before.bytes,
      framesAdded: added.length,
      payloadBytes: added.reduce((sum, update) => sum + update.byteLength, 0),
      fileBytes: after.bytes,
      wholeDocumentBytes: MAGIC.byteLength + FRAME_HEADER_BYTES + state.byteLength,
      io: {
        wchar: after.io.wchar - before.io.wchar,
        syscw: after.io.syscw - before.io.syscw,
        writeBytes: after.io.writeBytes - before.io.writeBytes,
      },
    };
  } finally {
    await context.close();
  }
}

async function snapshot(
  target: BytesTarget,
): Promise<{ bytes: number; updates: Uint8Array[]; io: ProcessIo }> {
  const io = await processIo(target.host.pid);
  const bytes = await readFile(target.file);
  const log = parseFrameLog(bytes);
  if (!log.ok) throw new Error(`The program file cannot be read: ${log.reason}`);
  return { bytes: bytes.byteLength, updates: log.updates, io };
}
