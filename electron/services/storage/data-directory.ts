import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { HostError } from '../../../shared/host-api/errors';

/** Where everything lives inside the data directory (docs/storage.md). */
export type DataPaths = {
  root: string;
  library: string;
  settings: string;
  programs: string;
  trash: string;
  damaged: string;
  /** The user's own methods, one <id>.json each (docs/methods.md). */
  methods: string;
};

export type ProgramFolder = 'programs' | 'trash';

export function dataPaths(root: string): DataPaths {
  return {
    root,
    library: join(root, 'library.json'),
    settings: join(root, 'settings.json'),
    programs: join(root, 'programs'),
    trash: join(root, 'trash'),
    damaged: join(root, 'damaged'),
    methods: join(root, 'methods'),
  };
}

export const PROGRAM_EXTENSION = '.ydoc';

const PROGRAM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function programFile(
  paths: DataPaths,
  id: string,
  folder: ProgramFolder = 'programs',
): string {
  // dispatch() already checks ids; this keeps any other caller from naming a path.
  if (!PROGRAM_ID.test(id))
    throw new HostError('invalid-argument', { field: 'id' }, `"${id}" is not a program id`);
  return join(paths[folder], `${id}${PROGRAM_EXTENSION}`);
}

export const REVIEW_EXTENSION = '.review.ydoc';

/**
 * The review document's file (shared/review/layout.ts) beside its program's, in
 * the same folder. Its name is no program file's, so the library never lists it.
 */
export function reviewFile(
  paths: DataPaths,
  id: string,
  folder: ProgramFolder = 'programs',
): string {
  return programFile(paths, id, folder).replace(/\.ydoc$/, REVIEW_EXTENSION);
}

/** The program id a file in programs/ or trash/ stands for, or null for anything else. */
export function programIdOfFile(name: string): string | null {
  const id = name.endsWith(PROGRAM_EXTENSION) ? name.slice(0, -PROGRAM_EXTENSION.length) : '';
  return PROGRAM_ID.test(id) ? id : null;
}

export async function ensureDataDirectories(paths: DataPaths): Promise<void> {
  for (const directory of [paths.root, paths.programs, paths.trash, paths.damaged]) {
    await mkdir(directory, { recursive: true });
  }
}
