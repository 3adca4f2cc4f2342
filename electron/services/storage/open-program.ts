import * as Y from 'yjs';

import type { Logger } from '../logger';
import {
  type LoadContext,
  loadProgramFile,
  removeStaleTemporary,
  truncateTornTail,
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
  compactionQueued: boolean;
  /** A placeholder whose program has not arrived yet (placeholder.ts). */
  awaitingSync: boolean;
};

/**
 * Reads a program file for appending: drops a leftover compaction temp file and
 * cuts off a torn tail (an append a crash interrupted, never acknowledged).
 */
export async function openProgram(context: LoadContext, log: Logger): Promise<OpenProgram> {
  await removeStaleTemporary(context.file);
  const loaded = await loadProgramFile(context);
  if (loaded.tornBytes > 0) {
    await truncateTornTail(context.file, loaded.bytes);
    log.warn(
      `Dropped ${loaded.tornBytes} bytes of an interrupted save at the end of ${context.file} ` +
        '(never acknowledged).',
    );
  }
  const stateBytes = Y.encodeStateAsUpdate(loaded.doc).byteLength;
  return {
    doc: loaded.doc,
    frames: loaded.frames,
    bytes: loaded.bytes,
    stateBytes,
    compactionQueued: false,
    awaitingSync: loaded.awaitingSync,
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
}
