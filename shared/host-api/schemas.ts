import { z } from 'zod';

import { LIMITS } from '../model/schema';
import { isIsoDate } from '../schedule/dates';
import { isSyncServerUrl } from '../sync/invite';
import { type HOST_METHODS, type Namespace } from './contract';

/**
 * Arguments of every host method, checked where they arrive (IPC handler or HTTP
 * route) before any service code runs. A call that fails here changes nothing.
 */

export const programId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'a program id');

export const programTitle = z
  .string()
  .max(LIMITS.maxTitleLength, `at most ${LIMITS.maxTitleLength} characters`)
  .refine((title) => title.trim().length > 0, 'a title that is not empty');

const isoDate = z.string().refine(isIsoDate, 'a date as yyyy-MM-dd');

const templateId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'a template id');

const MAX_APPEND_BYTES = 64 * 1024 * 1024;
const update = z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0, 'a non-empty update');
const updates = z
  .array(update)
  .min(1)
  .max(100_000)
  .refine(
    (list) => list.reduce((sum, bytes) => sum + bytes.byteLength, 0) <= MAX_APPEND_BYTES,
    'at most 64 MiB of updates at once',
  );

export const settingsPatch = z
  .object({
    appearance: z.enum(['system', 'light', 'dark']),
    userName: z.string().max(100),
    userColor: z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour as #rrggbb'),
    paperSize: z.enum(['a4', 'letter']),
  })
  .partial()
  .strict();

const externalUrl = z
  .string()
  .max(4096)
  .refine((url) => {
    try {
      return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
    } catch {
      return false;
    }
  }, 'an http(s) or mailto link');

const syncServerUrl = z.string().max(2048).refine(isSyncServerUrl, 'a ws:// or wss:// address');

/** A file name offered to the save dialog: no folders, and one of the export formats. */
const exportName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\\0]+\.(cotutor|pdf|docx)$/i, 'a file name ending in .cotutor, .pdf or .docx');

const exportBytes = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_APPEND_BYTES, 'a file of at most 64 MiB');

const exchangeFile = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_APPEND_BYTES, 'a file of at most 64 MiB');

export const METHOD_ARGUMENTS = {
  library: {
    list: z.tuple([]),
    templates: z.tuple([]),
    create: z.tuple([
      z.object({ templateId: templateId.nullable(), title: programTitle, startDate: isoDate }).strict(),
    ]),
    rename: z.tuple([programId, programTitle]),
    duplicate: z.tuple([programId]),
    remove: z.tuple([programId]),
    restore: z.tuple([programId]),
    importProgram: z.tuple([exchangeFile]),
  },
  documents: {
    load: z.tuple([programId]),
    recovery: z.tuple([programId]),
    append: z.tuple([programId, updates]),
  },
  settings: {
    get: z.tuple([]),
    update: z.tuple([settingsPatch]),
  },
  app: {
    info: z.tuple([]),
    openExternal: z.tuple([externalUrl]),
  },
  sharing: {
    get: z.tuple([programId]),
    share: z.tuple([programId, syncServerUrl]),
    rotateKey: z.tuple([programId]),
    stop: z.tuple([programId]),
    join: z.tuple([z.string().min(1).max(4096)]),
  },
  hosting: {
    status: z.tuple([]),
    start: z.tuple([]),
    stop: z.tuple([]),
  },
  files: {
    saveExport: z.union([
      z.tuple([exportName, exportBytes]),
      z.tuple([exportName, exportBytes, z.object({ reveal: z.boolean() }).strict()]),
    ]),
    openImport: z.tuple([]),
  },
  exports: {
    renderPdf: z.tuple([
      z
        .object({
          html: z.string().min(1).max(64 * 1024 * 1024, 'a print view of at most 64 MiB'),
          paperSize: z.enum(['a4', 'letter']),
        })
        .strict(),
    ]),
  },
} as const satisfies { [N in Namespace]: { [M in (typeof HOST_METHODS)[N][number]]: z.ZodType } };
