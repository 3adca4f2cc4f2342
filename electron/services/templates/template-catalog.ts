import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

import { messageOf } from '../../../shared/errors/message-of';
import type { TemplateSummary } from '../../../shared/host-api/contract';
import { isBreakType, THEMES } from '../../../shared/model/schema';
import { type Template, templateSchema } from '../../../shared/template/schema';
import type { Logger } from '../logger';

export type TemplateProblem = { file: string; reason: string };
export type TemplateScan = { templates: Map<string, Template>; problems: TemplateProblem[] };

/**
 * The program templates shipped in resources/templates/*.json. The folder is read
 * on every request (it is small), so a template fixed while the app runs shows up;
 * a file that is not a valid template is skipped and reported once, never fatal.
 */
export class TemplateCatalog {
  private readonly reported = new Set<string>();

  constructor(
    private readonly directory: string,
    private readonly log: Logger,
  ) {}

  async list(): Promise<TemplateSummary[]> {
    const { templates } = await this.scan();
    return (
      [...templates.values()]
        .map(templateSummary)
        // In the order the themes are listed (CLIL first), then by name.
        .sort(
          (a, b) =>
            THEMES.indexOf(a.theme) - THEMES.indexOf(b.theme) || a.name.localeCompare(b.name),
        )
    );
  }

  async get(id: string): Promise<Template | undefined> {
    return (await this.scan()).templates.get(id);
  }

  async scan(): Promise<TemplateScan> {
    const templates = new Map<string, Template>();
    const problems: TemplateProblem[] = [];
    let names: string[];
    try {
      names = (await readdir(this.directory)).filter((name) => name.endsWith('.json')).sort();
    } catch (error) {
      problems.push({
        file: this.directory,
        reason: `the folder cannot be read: ${messageOf(error)}`,
      });
      names = [];
    }
    for (const name of names) {
      const file = join(this.directory, name);
      const result = await readTemplate(file);
      if (!result.ok) problems.push({ file, reason: result.reason });
      else if (templates.has(result.template.id)) {
        problems.push({
          file,
          reason: `another file already defines template "${result.template.id}"`,
        });
      } else templates.set(result.template.id, result.template);
    }
    for (const problem of problems) this.report(problem);
    return { templates, problems };
  }

  private report(problem: TemplateProblem): void {
    const key = `${problem.file}\n${problem.reason}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.log.warn(`Skipped template ${problem.file}: ${problem.reason}`);
  }
}

async function readTemplate(
  file: string,
): Promise<{ ok: true; template: Template } | { ok: false; reason: string }> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    return { ok: false, reason: `it is not readable JSON (${messageOf(error)})` };
  }
  const parsed = templateSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || 'top level'}: ${issue.message}`)
      .join('; ');
    return { ok: false, reason: `it is not a valid template (${first})` };
  }
  const expected = basename(file, '.json');
  if (parsed.data.id !== expected) {
    return {
      ok: false,
      reason: `its id "${parsed.data.id}" does not match its file name "${expected}"`,
    };
  }
  return { ok: true, template: parsed.data };
}

export function templateSummary(template: Template): TemplateSummary {
  const blocks = template.days.flatMap((day) => day.blocks);
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    theme: template.meta.theme,
    days: template.days.length,
    sessions: blocks.filter((block) => !isBreakType(block.type)).length,
  };
}
