import { readdir, stat } from 'node:fs/promises';

import { messageOf } from '../../../shared/errors/message-of';
import type { ProgramSummary } from '../../../shared/host-api/contract';
import type { Logger } from '../logger';
import { type DataPaths, programFile, type ProgramFolder, programIdOfFile } from './data-directory';
import { EMPTY_LIBRARY, type LibraryFile } from './library-file';

/**
 * Reads one program file into a summary; throws HostError for a damaged file.
 * `known` is the index's old entry, if any (a placeholder's title lives only there).
 */
export type Summarize = (
  id: string,
  folder: ProgramFolder,
  times: { createdAt: string; updatedAt: string },
  known: ProgramSummary | undefined,
) => Promise<ProgramSummary>;

/**
 * Makes the index agree with the files: entries without a file go, files without
 * an entry (or changed after their entry, e.g. by appends the debounced index
 * never recorded before a crash) are read. A file that cannot be read keeps its
 * old entry, so the user still sees it and gets the damage report on opening it.
 */
export async function reconcileWithFiles(
  stored: LibraryFile | null,
  paths: DataPaths,
  summarize: Summarize,
  log: Logger,
): Promise<{ library: LibraryFile; changed: boolean }> {
  const programs = await reconcileFolder(paths, 'programs', stored?.programs ?? [], summarize, log);
  const removedAt = new Map(stored?.trash.map((entry) => [entry.id, entry.removedAt]));
  const now = new Date().toISOString();
  const trash = await reconcileFolder(
    paths,
    'trash',
    stored?.trash ?? [],
    async (id, folder, times, known) => ({
      ...(await summarize(id, folder, times, known)),
      removedAt: removedAt.get(id) ?? now,
    }),
    log,
  );
  return {
    library: { ...EMPTY_LIBRARY, programs: programs.entries, trash: trash.entries },
    changed: stored === null || programs.changed || trash.changed,
  };
}

async function reconcileFolder<T extends ProgramSummary>(
  paths: DataPaths,
  folder: ProgramFolder,
  known: T[],
  summarize: (
    id: string,
    folder: ProgramFolder,
    times: { createdAt: string; updatedAt: string },
    known: T | undefined,
  ) => Promise<T>,
  log: Logger,
): Promise<{ entries: T[]; changed: boolean }> {
  const byId = new Map(known.map((entry) => [entry.id, entry]));
  const ids = (await readdir(paths[folder])).flatMap((name) => programIdOfFile(name) ?? []);
  const entries: T[] = [];
  let changed = ids.length !== byId.size;
  for (const id of ids) {
    const entry = byId.get(id);
    const file = await stat(programFile(paths, id, folder));
    if (entry !== undefined && file.mtimeMs <= Date.parse(entry.updatedAt)) {
      entries.push(entry);
      continue;
    }
    changed = true;
    const updatedAt = entry?.updatedAt ?? file.mtime.toISOString();
    const born = file.birthtimeMs > 0 ? file.birthtime : file.mtime;
    const createdAt = entry?.createdAt ?? (born <= file.mtime ? born : file.mtime).toISOString();
    try {
      entries.push(await summarize(id, folder, { createdAt, updatedAt }, entry));
    } catch (error) {
      log.warn(`Could not read ${folder}/${id}.ydoc for the library: ${messageOf(error)}`);
      if (entry !== undefined) entries.push(entry);
    }
  }
  return { entries, changed };
}
