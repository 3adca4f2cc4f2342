import * as Y from 'yjs';

import type { Logger } from '../logger';
import { keepDamagedCopy } from './damage';
import {
  type LoadContext,
  loadProgramFile,
  removeStaleTemporary,
  truncateTornTail,
  writeLogFile,
  writeWholeLog,
} from './program-file';

/** A program whose file is open for appends, with what compaction needs to know. */
export type OpenProgram = {
  doc: Y.Doc;
  frames: number;
  /** Where the next append goes: the length of the file's good part. */
  bytes: number;
  /** Size of the encoded document when last measured. */
  stateBytes: number;
  /**
   * The whole state as one update, while the document holds exactly what the
   * file's single frame does: loading answers it without encoding the document
   * again. Dropped (null) at the first change.
   */
  state: Uint8Array | null;
  compactionQueued: boolean;
  /** A placeholder whose program has not arrived yet (placeholder.ts). */
  awaitingSync: boolean;
  /** Where the damaged file was copied, when opening it had to rewrite it from what was readable. */
  damagedCopy: string | null;
};

/**
 * Reads a program file for appending: drops a leftover compaction temp file and
 * cuts off a torn tail (an append a crash interrupted, never acknowledged). A
 * damaged file is copied to damaged/ first, then rewritten from its readable frames.
 */
export async function openProgram(context: LoadContext, log: Logger): Promise<OpenProgram> {
  await removeStaleTemporary(context.file);
  const loaded = await loadProgramFile(context);
  let damagedCopy: string | null = null;
  if (loaded.damage !== null) {
    damagedCopy = await keepDamagedCopy(context.damagedDirectory, context.id, context.file);
    // Only now that the copy is durable (fsync'd, its folder too) may the file change.
    loaded.bytes = await writeLogFile(context.file, loaded.damage.updates);
    log.warn(
      `${context.file} was damaged (${loaded.damage.reasons.join('; ')}). Opened its ` +
        `${loaded.frames} readable changes; the file as it was is kept at ${damagedCopy}.`,
    );
  } else if (loaded.tornBytes > 0) {
    await truncateTornTail(context.file, loaded.bytes);
    log.warn(
      `Dropped ${loaded.tornBytes} bytes of an interrupted save at the end of ${context.file} ` +
        '(never acknowledged).',
    );
  }
  // A file of one frame holds the encoded document already; only a longer log
  // needs encoding to tell whether compaction would pay.
  const state = loaded.damage === null ? loaded.onlyUpdate : null;
  const stateBytes = state?.byteLength ?? Y.encodeStateAsUpdate(loaded.doc).byteLength;
  return {
    doc: loaded.doc,
    frames: loaded.frames,
    bytes: loaded.bytes,
    stateBytes,
    state,
    compactionQueued: false,
    awaitingSync: loaded.awaitingSync,
    damagedCopy,
  };
}

/**
 * Compaction: header + one frame of the whole document to <id>.ydoc.tmp, fsync,
 * rename over the file, fsync the folder. A crash leaves the old or the new file.
 * The document is re-encoded from the Y.Doc (never Y.mergeUpdates, see FACTS).
 */
export async function rewriteProgram(file: string, program: OpenProgram): Promise<void> {
  const state = Y.encodeStateAsUpdate(program.doc);
  program.bytes = await writeWholeLog(file, state);
  program.frames = 1;
  program.stateBytes = state.byteLength;
  program.state = state;
}
