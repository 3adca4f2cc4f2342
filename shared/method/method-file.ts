import { strFromU8, strToU8 } from 'fflate';

import { type Method, methodSchema } from './schema';

/** A method as a file of its own, to pass to a colleague: the method's JSON, as in resources/methods. */
export const METHOD_FILE_EXTENSION = '.cotutor-method.json';

/** More than any method could need; a bigger file is something else. */
const MAX_METHOD_FILE_BYTES = 1024 * 1024;

export const METHOD_FILE_REFUSALS = ['too-large', 'not-json', 'not-a-method'] as const;
export type MethodFileRefusal = (typeof METHOD_FILE_REFUSALS)[number];

export type MethodFileRead =
  { ok: true; method: Method } | { ok: false; reason: MethodFileRefusal };

export function readMethodFile(bytes: Uint8Array): MethodFileRead {
  if (bytes.byteLength > MAX_METHOD_FILE_BYTES) return { ok: false, reason: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(bytes)) as unknown;
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const parsed = methodSchema.safeParse(value);
  return parsed.success ? { ok: true, method: parsed.data } : { ok: false, reason: 'not-a-method' };
}

export function methodFileBytes(method: Method): Uint8Array {
  return strToU8(`${JSON.stringify(method, null, 2)}\n`);
}

/** A file name from the method's name: no characters a file system refuses. */
export function methodFileName(method: Pick<Method, 'name'>): string {
  const base = method.name
    .replace(/[/\\:*?"<>|\0]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${base === '' ? 'method' : base}${METHOD_FILE_EXTENSION}`;
}
