import { open, readFile, unlink } from 'node:fs/promises';

import * as Y from 'yjs';

import { HostError, messageOf } from '../../../shared/host-api/errors';
import { checkDocument } from '../../../shared/model/migrate';
import { SCHEMA_VERSION } from '../../../shared/model/schema';
import { appendDurably, type AppendFile, openForAppend } from './append-file';
import { damagedError, keepDamagedCopy, newerVersionError } from './damage';
import { isMissingFile, replaceFileDurably } from './durable-file';
import { encodeFrames, encodeLog, parseFrameLog } from './frame-log';
import { isPlaceholderLog } from './placeholder';

/** A program file read into a document, with what compaction needs to know. */
export type LoadedProgram = {
  doc: Y.Doc;
  frames: number;
  /** Length of the good part of the file. */
  bytes: number;
  /** Bytes of an interrupted append found after the last good frame. */
  tornBytes: number;
  /** The file's update when it holds exactly one (as written by creation and compaction). */
  onlyUpdate: Uint8Array | null;
  /** A placeholder (placeholder.ts) whose program has not arrived yet: its document is empty. */
  awaitingSync: boolean;
  /** Damage around readable frames: the file must be copied, then rewritten from `updates`. */
  damage: { reasons: string[]; updates: Uint8Array[] } | null;
};

export type LoadContext = {
  id: string;
  file: string;
  damagedDirectory: string;
  /** How the program is named in messages: its title when known. */
  label: string;
};

/**
 * Reads a program file without changing it. Damage (anything but a torn tail)
 * around frames that still hold a program is returned in `damage`, for the caller
 * to keep a copy before it changes the file; when nothing readable holds a program,
 * it is reported as HostError('damaged-file') after a copy has been kept.
 */
export async function loadProgramFile(context: LoadContext): Promise<LoadedProgram> {
  let bytes: Buffer;
  try {
    bytes = await readFile(context.file);
  } catch (error) {
    if (isMissingFile(error))
      throw new HostError('not-found', {}, `There is no program ${context.label}`);
    throw error;
  }
  const log = parseFrameLog(bytes);
  if (!log.ok) throw await damaged(context, log.reason);
  const doc = new Y.Doc();
  try {
    for (const update of log.updates) Y.applyUpdate(doc, update);
  } catch (error) {
    doc.destroy();
    throw await damaged(context, `a stored change could not be applied: ${messageOf(error)}`);
  }
  const loaded = {
    doc,
    frames: log.updates.length,
    bytes: log.goodLength,
    tornBytes: log.tornBytes,
    onlyUpdate: log.updates.length === 1 ? plainBytes(log.updates[0]) : null,
    damage:
      log.damage.length === 0
        ? null
        : { reasons: log.damage.map((range) => range.reason), updates: log.updates },
  };
  const check = checkDocument(doc);
  // A placeholder may hold no program yet, or only what arrived before the program did.
  if (!check.ok && check.reason !== 'newer-version' && isPlaceholderLog(log.updates)) {
    return { ...loaded, awaitingSync: true };
  }
  if (!check.ok) {
    doc.destroy();
    if (check.reason === 'newer-version') {
      throw newerVersionError(context.label, check.version ?? SCHEMA_VERSION + 1, SCHEMA_VERSION);
    }
    throw await damaged(
      context,
      check.reason === 'empty' ? 'it holds no program' : 'it does not hold a Cotutor program',
    );
  }
  return { ...loaded, awaitingSync: false };
}

/** A view of a frame read from the file as a plain Uint8Array (the file is read as a Buffer). */
function plainBytes(update: Uint8Array | undefined): Uint8Array | null {
  return update === undefined
    ? null
    : new Uint8Array(update.buffer, update.byteOffset, update.byteLength);
}

async function damaged(context: LoadContext, reason: string): Promise<HostError> {
  const copy = await keepDamagedCopy(context.damagedDirectory, context.id, context.file);
  return damagedError(context.label, reason, copy, context.file);
}

/**
 * Replaces a file by one holding these updates as frames, through a temporary
 * file and a rename. A damaged file is replaced only once its copy is durable.
 */
export async function writeLogFile(
  file: string,
  updates: readonly Uint8Array[],
  mode?: number,
): Promise<number> {
  const data = encodeLog(updates);
  await replaceFileDurably(file, data, `${file}.tmp`, mode);
  return data.byteLength;
}

/** Cuts an interrupted append off the end of a file, durably. */
export async function truncateTornTail(file: string, goodLength: number): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.truncate(goodLength);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Appends the frames of one batch in a single durable write at the known end of
 * the good data: when this resolves the batch survives a crash or power loss.
 */
export async function appendFrames(
  file: string,
  end: number,
  updates: readonly Uint8Array[],
): Promise<number> {
  const opened = await openForAppend(file);
  try {
    return await appendFramesTo(opened, end, updates);
  } finally {
    await opened.handle.close();
  }
}

/** appendFrames on a file already opened with openForAppend, which stays open. */
export async function appendFramesTo(
  file: AppendFile,
  end: number,
  updates: readonly Uint8Array[],
): Promise<number> {
  const data = encodeFrames(updates);
  await appendDurably(file, end, data);
  return data.byteLength;
}

/**
 * Writes a whole file holding one update, through a temporary file and a rename;
 * `mode` as replaceFileDurably's.
 */
export function writeWholeLog(file: string, update: Uint8Array, mode?: number): Promise<number> {
  return writeLogFile(file, [update], mode);
}

/** A compaction interrupted before its rename leaves <id>.ydoc.tmp: it is never needed. */
export async function removeStaleTemporary(file: string): Promise<void> {
  await unlink(`${file}.tmp`).catch((error: unknown) => {
    if (!isMissingFile(error)) throw error;
  });
}
