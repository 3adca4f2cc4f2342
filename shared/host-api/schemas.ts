import { z } from 'zod';

import { VERSION_ID, VERSION_LIMITS } from '../history/version-list';
import { LANGUAGE_SETTINGS } from '../i18n/languages';
import { methodSchema } from '../method/schema';
import { LIMITS } from '../model/schema';
import { isIsoDate } from '../schedule/dates';
import { isTimeZone } from '../schedule/zones';
import { isSyncServerUrl } from '../sync/invite';
import type { HostApi } from './contract';
import type { SchemasMatch } from './schema-check';

/**
 * The request of every host method, checked where it arrives (IPC handler or HTTP
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
/** A method's id names its file: short, and only what any file system takes. */
const methodId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'a method id');

const MAX_APPEND_BYTES = 64 * 1024 * 1024;
// Typed as the contract's Uint8Array (any buffer), which z.instanceof narrows to an ArrayBuffer's.
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes');
const update = bytes.refine((bytes) => bytes.byteLength > 0, 'a non-empty update');
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
    language: z.enum(LANGUAGE_SETTINGS),
    homeTimeZone: z
      .string()
      .max(100)
      .refine((zone) => zone === 'system' || isTimeZone(zone), "'system' or a known time zone"),
    showHomeTimes: z.boolean(),
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
  .regex(
    /^[^/\\\0]+\.(cotutor|pdf|docx|cotutor-method\.json)$/i,
    'a file name ending in .cotutor, .pdf, .docx or .cotutor-method.json',
  );

const exportBytes = bytes.refine(
  (bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_APPEND_BYTES,
  'a file of at most 64 MiB',
);

const exchangeFile = bytes.refine(
  (bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_APPEND_BYTES,
  'a file of at most 64 MiB',
);

const versionRef = { programId, versionId: z.string().regex(VERSION_ID, 'a version id') };
const versionBody = bytes.refine(
  (bytes) => bytes.byteLength > 0 && bytes.byteLength <= VERSION_LIMITS.maxBodyBytes,
  `a version of at most ${VERSION_LIMITS.maxBodyBytes / (1024 * 1024)} MiB`,
);

const none = z.undefined();
const program = z.object({ id: programId }).strict();

/**
 * The request schema of every method, which dispatch() checks before any
 * service runs. The compiler holds it to the contract both ways
 * (HOST_SCHEMAS_MATCH below), as it does the method list (methods.ts).
 */
export const HOST_SCHEMAS = {
  library: {
    list: none,
    templates: none,
    create: z
      .object({ templateId: templateId.nullable(), title: programTitle, startDate: isoDate })
      .strict(),
    rename: z.object({ id: programId, title: programTitle }).strict(),
    duplicate: program,
    remove: program,
    restore: program,
    importProgram: z.object({ file: exchangeFile }).strict(),
  },
  methods: {
    bundled: none,
    own: none,
    saveOwn: z
      .object({
        method: methodSchema.refine((method) => methodId.safeParse(method.id).success, {
          message: 'a method id',
          path: ['id'],
        }),
      })
      .strict(),
    removeOwn: z.object({ id: methodId }).strict(),
  },
  documents: {
    load: program,
    recovery: program,
    append: z.object({ id: programId, updates }).strict(),
    // The same bounds as the program's: one call carries what a window saves at once.
    loadReview: program,
    appendReview: z.object({ id: programId, updates }).strict(),
  },
  settings: {
    get: none,
    update: settingsPatch,
  },
  app: {
    info: none,
    openExternal: z.object({ url: externalUrl }).strict(),
  },
  sharing: {
    get: program,
    share: z
      .object({
        id: programId,
        serverUrl: syncServerUrl,
        registrationCode: z
          .string()
          .regex(/^[\x21-\x7e]{1,1024}$/)
          .optional(),
      })
      .strict(),
    rotateKey: program,
    stop: z.object({ id: programId, deleteData: z.boolean().optional() }).strict(),
    join: z.object({ invite: z.string().min(1).max(4096) }).strict(),
  },
  hosting: {
    status: none,
    start: none,
    stop: none,
  },
  files: {
    saveExport: z
      .object({ suggestedName: exportName, bytes: exportBytes, reveal: z.boolean().optional() })
      .strict(),
    openImport: none,
  },
  exports: {
    renderPdf: z
      .object({
        html: z
          .string()
          .min(1)
          .max(64 * 1024 * 1024, 'a print view of at most 64 MiB'),
        paperSize: z.enum(['a4', 'letter']),
      })
      .strict(),
  },
  versions: {
    put: z.object({ ...versionRef, body: versionBody }).strict(),
    get: z
      .object({
        ...versionRef,
        digest: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .optional(),
      })
      .strict(),
    remove: z.object(versionRef).strict(),
    list: program,
  },
} as const;

/**
 * Fails the typecheck, naming the method, when HOST_SCHEMAS and HostApi disagree.
 * Exported only so that it is not an unused local: nothing reads it.
 * @public
 */
export const HOST_SCHEMAS_MATCH: SchemasMatch<HostApi, typeof HOST_SCHEMAS> = true;
