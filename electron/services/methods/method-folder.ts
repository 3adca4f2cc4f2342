import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

import { messageOf } from '../../../shared/errors/message-of';
import { type Method, methodSchema } from '../../../shared/method/schema';
import type { Logger } from '../logger';
import { isMissingFile } from '../storage/durable-file';

/**
 * Reads every <id>.json of a folder of methods (the bundled ones, or a
 * co-tutor's own). A file that is not a valid method, or whose id is not its
 * name, is skipped and logged once per folder reader: one bad file never hides
 * the others, nor stops the app. A folder that does not exist holds no methods.
 */
export class MethodFolder {
  private readonly reported = new Set<string>();

  constructor(
    readonly directory: string,
    private readonly log: Logger,
    /** How the log names what the folder holds: "bundled method", "own method". */
    private readonly kind: string,
  ) {}

  async read(): Promise<Method[]> {
    let names: string[];
    try {
      names = (await readdir(this.directory)).filter((name) => name.endsWith('.json')).sort();
    } catch (error) {
      if (!isMissingFile(error))
        this.report(this.directory, `it cannot be read: ${messageOf(error)}`);
      return [];
    }
    const methods = new Map<string, Method>();
    for (const name of names) {
      const file = join(this.directory, name);
      const result = await readMethod(file);
      if (!result.ok) this.report(file, result.reason);
      else if (methods.has(result.method.id)) {
        this.report(file, `another file already defines method "${result.method.id}"`);
      } else methods.set(result.method.id, result.method);
    }
    return [...methods.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  fileOf(id: string): string {
    return join(this.directory, `${id}.json`);
  }

  private report(file: string, reason: string): void {
    const key = `${file}\n${reason}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.log.warn(`Skipped ${this.kind} ${file}: ${reason}`);
  }
}

async function readMethod(
  file: string,
): Promise<{ ok: true; method: Method } | { ok: false; reason: string }> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    return { ok: false, reason: `it is not readable JSON (${messageOf(error)})` };
  }
  const parsed = methodSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || 'top level'}: ${issue.message}`)
      .join('; ');
    return { ok: false, reason: `it is not a valid method (${first})` };
  }
  const expected = basename(file, '.json');
  if (parsed.data.id !== expected) {
    return {
      ok: false,
      reason: `its id "${parsed.data.id}" does not match its file name "${expected}"`,
    };
  }
  return { ok: true, method: parsed.data };
}
