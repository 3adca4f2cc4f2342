import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Logger } from '../../electron/services/logger';
import { TemplateCatalog } from '../../electron/services/templates/template-catalog';
import {
  minimalTemplate,
  temporaryDirectory,
  writeTemplate,
} from '../integration/fixtures/storage-fixtures';

describe('the template catalog', () => {
  let directory: { path: string; remove(): Promise<void> };
  let warnings: string[];
  let catalog: TemplateCatalog;

  beforeEach(async () => {
    directory = await temporaryDirectory('templates');
    warnings = [];
    const log: Logger = { info: () => undefined, warn: (message) => void warnings.push(message) };
    catalog = new TemplateCatalog(directory.path, log);
  });
  afterEach(async () => directory.remove());

  it('summarizes valid templates, counting sessions without breaks', async () => {
    await writeTemplate(directory.path, 'mini-clil.json', minimalTemplate('mini-clil'));
    expect(await catalog.list()).toEqual([
      {
        id: 'mini-clil',
        name: 'Mini mini-clil',
        description: 'A one-day template for tests.',
        theme: 'clil',
        days: 1,
        sessions: 2,
      },
    ]);
    expect((await catalog.get('mini-clil'))?.meta.venueCity).toBe('Almaty');
    expect(await catalog.get('missing')).toBeUndefined();
  });

  it('skips invalid files with a reason and keeps the valid ones', async () => {
    const unknownTutor = minimalTemplate('bad-tutor') as {
      days: { blocks: { facilitators?: string[] }[] }[];
    };
    const firstBlock = unknownTutor.days[0]?.blocks[0];
    if (firstBlock !== undefined) firstBlock.facilitators = ['nobody'];
    await writeTemplate(directory.path, 'good.json', minimalTemplate('good'));
    await writeTemplate(
      directory.path,
      'half-written.json',
      '{"format": "cotutor-template", "id": "half',
    );
    await writeTemplate(directory.path, 'bad-tutor.json', unknownTutor);
    await writeTemplate(directory.path, 'no-days.json', {
      ...minimalTemplate('no-days'),
      days: [],
    });
    await writeTemplate(directory.path, 'renamed.json', minimalTemplate('other-id'));
    await writeTemplate(directory.path, 'notes.txt', 'not a template');

    expect((await catalog.list()).map((template) => template.id)).toEqual(['good']);
    const { problems } = await catalog.scan();
    const reasons = Object.fromEntries(
      problems.map((problem) => [problem.file.split('/').pop(), problem.reason]),
    );
    expect(Object.keys(reasons).sort()).toEqual([
      'bad-tutor.json',
      'half-written.json',
      'no-days.json',
      'renamed.json',
    ]);
    expect(reasons['half-written.json']).toMatch(/not readable JSON/);
    expect(reasons['bad-tutor.json']).toMatch(/unknown co-tutor "nobody"/);
    expect(reasons['renamed.json']).toMatch(/does not match its file name/);
    // Each problem is logged once, however often the catalog is read.
    expect(warnings).toHaveLength(4);
  });

  it('answers an empty list when the folder is missing', async () => {
    const missing = new TemplateCatalog(`${directory.path}/absent`, {
      info: () => undefined,
      warn: () => undefined,
    });
    expect(await missing.list()).toEqual([]);
  });
});
