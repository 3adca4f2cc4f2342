import * as Y from 'yjs';

import { readExchangeFile } from '../../../shared/exchange/cotutor-file';
import type {
  CreateProgramRequest,
  LibraryService,
  ProgramSummary,
} from '../../../shared/host-api/contract';
import { HostError } from '../../../shared/host-api/errors';
import { withFreshIds } from '../../../shared/model/copy';
import { createProgram } from '../../../shared/model/create';
import { blankProgram } from '../../../shared/model/defaults';
import { setMetaField } from '../../../shared/model/mutations/program';
import { readProgram } from '../../../shared/model/read';
import { LIMITS } from '../../../shared/model/schema';
import type { Program } from '../../../shared/model/types';
import { programFromTemplate } from '../../../shared/template/from-template';
import type { Storage } from '../storage/storage';
import type { TemplateCatalog } from '../templates/template-catalog';
import type { Guard } from './guard';
import { announcing, type LibraryChanges } from './library-changes';

/** Origin of the changes the host makes itself, so observers can tell them from the renderer's. */
export const HOST_ORIGIN = 'host';

export function libraryService(
  storage: Storage,
  templates: TemplateCatalog,
  guard: Guard,
  changes: LibraryChanges,
): LibraryService {
  const created = (summary: ProgramSummary): ProgramSummary => {
    changes.fire({ programId: summary.id });
    return summary;
  };
  return {
    list: () => guard('Listing the programs', async () => storage.list()),
    templates: () => guard('Listing the templates', () => templates.list()),
    create: (request) =>
      guard('Creating a program', async () =>
        created(await storage.create(documentOf(await programFor(request, templates)))),
      ),
    rename: ({ id, title }) =>
      guard(`Renaming program ${id}`, () =>
        announcing(changes, id, () =>
          storage.change(id, (doc) => setMetaField(doc, 'title', title, HOST_ORIGIN)),
        ),
      ),
    duplicate: ({ id }) =>
      guard(`Duplicating program ${id}`, async () => {
        const original = readProgram(await storage.document(id));
        const copy = withFreshIds(original);
        copy.meta = { ...copy.meta, title: copyTitle(original.meta.title) };
        return created(await storage.create(documentOf(copy)));
      }),
    remove: ({ id }) =>
      guard(`Moving program ${id} to the trash`, () =>
        announcing(changes, id, () => storage.remove(id)),
      ),
    restore: ({ id }) =>
      guard(`Restoring program ${id} from the trash`, () =>
        announcing(changes, id, () => storage.restore(id)),
      ),
    importProgram: ({ file }) =>
      guard('Importing a program file', async () => {
        const read = readExchangeFile(file);
        if (!read.ok) throw new HostError('refused-file', { reason: read.reason });
        const { programId } = read.file.manifest;
        if (storage.list().some((program) => program.id === programId)) {
          // Merging belongs to the open program's window, so it reaches co-tutors too.
          throw new HostError('already-in-library', {}, programId);
        }
        if (storage.isTrashed(programId)) {
          throw new HostError('in-trash', {}, programId);
        }
        const doc = new Y.Doc();
        Y.applyUpdate(doc, read.file.state, HOST_ORIGIN);
        const summary = await storage.create(doc);
        if (read.file.review !== null) await storage.appendReview(programId, [read.file.review]);
        return created(summary);
      }),
    onDidChange: changes.event,
  } satisfies LibraryService;
}

async function programFor(
  request: CreateProgramRequest,
  templates: TemplateCatalog,
): Promise<Program> {
  const start = { title: request.title, startDate: request.startDate };
  if (request.templateId === null) return blankProgram(start);
  const template = await templates.get(request.templateId);
  if (template === undefined)
    throw new HostError('not-found', {}, `There is no template "${request.templateId}"`);
  return programFromTemplate(template, start);
}

/** A fresh document holding the whole program, written in one transaction. */
function documentOf(program: Program): Y.Doc {
  const doc = new Y.Doc();
  createProgram(doc, program, HOST_ORIGIN);
  return doc;
}

const COPY_SUFFIX = ' (copy)';

/** "<title> (copy)", shortening the title when needed to stay within the limit. */
export function copyTitle(title: string): string {
  let head = title.slice(0, LIMITS.maxTitleLength - COPY_SUFFIX.length);
  // Never cut an emoji or other astral character in half.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head}${COPY_SUFFIX}`;
}
