import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import type { Logger } from '../../electron/services/logger';
import { MethodFolder } from '../../electron/services/methods/method-folder';
import {
  ANY_METHOD,
  matchesQuery,
  type MethodQuery,
} from '../../renderer/src/features/methods/method-search';
import { methodFromSession } from '../../shared/method/derive';
import { sessionFromMethod, stagesFromMethod } from '../../shared/method/insert';
import { methodFileBytes, methodFileName, readMethodFile } from '../../shared/method/method-file';
import { type Method, methodSchema } from '../../shared/method/schema';
import { createProgram } from '../../shared/model/create';
import { blankProgram, newBlock, newStage } from '../../shared/model/defaults';
import { rootOf } from '../../shared/model/layout';
import { appendStages } from '../../shared/model/mutations/stages';
import { readProgram } from '../../shared/model/read';
import { markdownToRichText } from '../../shared/model/rich-text/markdown';
import { richTextToPlain } from '../../shared/model/rich-text/plain';
import { temporaryDirectory } from '../integration/fixtures/storage-fixtures';

const BUNDLED = join(import.meta.dirname, '../../resources/methods');
/** Three methods of known content, so that what the library holds can grow without these tests changing. */
const FIXTURES = join(import.meta.dirname, 'fixtures/methods');

async function bundled(id: string): Promise<Method> {
  return methodSchema.parse(JSON.parse(await readFile(join(FIXTURES, `${id}.json`), 'utf8')));
}

describe('the bundled methods', () => {
  let directory: { path: string; remove(): Promise<void> };
  let warnings: string[];
  let log: Logger;

  beforeEach(async () => {
    directory = await temporaryDirectory('methods');
    warnings = [];
    log = { info: () => undefined, warn: (message) => void warnings.push(message) };
  });
  afterEach(async () => directory.remove());

  it('are all valid methods, one per file named by its id', async () => {
    const methods = await new MethodFolder(BUNDLED, log, 'bundled method').read();
    expect(methods.map((method) => method.id)).toEqual(
      expect.arrayContaining(['gallery-walk', 'jigsaw', 'think-pair-share']),
    );
    expect(warnings).toEqual([]);
  });

  it('skip a broken file with its reason, once, and keep the others', async () => {
    const jigsaw = await bundled('jigsaw');
    await writeFile(join(directory.path, 'jigsaw.json'), JSON.stringify(jigsaw));
    await writeFile(join(directory.path, 'half.json'), '{"format": "cotutor-method", "id": "ha');
    // The stages take 60 minutes, which this range leaves out.
    await writeFile(
      join(directory.path, 'too-short.json'),
      JSON.stringify({ ...jigsaw, id: 'too-short', duration: { min: 10, max: 20 } }),
    );
    await writeFile(join(directory.path, 'renamed.json'), JSON.stringify(jigsaw));
    const folder = new MethodFolder(directory.path, log, 'bundled method');

    expect((await folder.read()).map((method) => method.id)).toEqual(['jigsaw']);
    expect(await folder.read()).toHaveLength(1);
    expect(warnings).toHaveLength(3);
    expect(warnings.join('\n')).toMatch(/half\.json: it is not readable JSON/);
    expect(warnings.join('\n')).toMatch(
      /too-short\.json: it is not a valid method \(stages: the stages take 60 minutes/,
    );
    expect(warnings.join('\n')).toMatch(/renamed\.json: its id "jigsaw" does not match/);
  });

  it('are none, without a warning, where the folder does not exist', async () => {
    const folder = new MethodFolder(join(directory.path, 'absent'), log, 'own method');
    expect(await folder.read()).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe('inserting a method', () => {
  it('makes a session of its type, named after it, as long as its stages, with its materials', async () => {
    const jigsaw = await bundled('jigsaw');
    const session = sessionFromMethod(jigsaw);
    expect(session).toMatchObject({ type: 'workshop', title: 'Jigsaw', durationMin: 60 });
    expect(session.stages.map((stage) => [stage.phase, stage.minutes])).toEqual([
      ['lead-in', 5],
      ['input', 10],
      ['practice', 15],
      ['application', 20],
      ['reflection', 10],
    ]);
    expect(session.stages[2]).toMatchObject({
      facilitatorActions: jigsaw.stages[2]?.facilitator,
      participantActions: jigsaw.stages[2]?.participants,
      interaction: 'small-groups',
      learningType: 'collaboration',
      resources: 'Expert sheets',
    });
    expect(richTextToPlain(session.text.materials).split('\n')).toEqual(
      jigsaw.materials.map((item) => `• ${item}`),
    );
  });

  it('gives its stages new ids each time, so the same method can be added twice', async () => {
    const method = await bundled('think-pair-share');
    const first = stagesFromMethod(method).map((stage) => stage.id);
    const second = stagesFromMethod(method).map((stage) => stage.id);
    expect(new Set([...first, ...second]).size).toBe(first.length * 2);
  });
});

describe('keeping a session as a method', () => {
  const draft = {
    name: 'Case clinic',
    summary: 'Colleagues bring a case from their teaching and the group advises.',
    whenToUse: 'Late in the week, once the group trusts each other.',
  };
  const session = newBlock('peer-feedback', {
    title: 'Case clinic',
    durationMin: 45,
    stages: [
      newStage('lead-in', { minutes: 5, interaction: 'whole-group', learningType: 'acquisition' }),
      newStage('practice', {
        minutes: 25,
        facilitatorActions: 'Keep time in each group.',
        participantActions: 'Present a case; the others ask questions, then advise.',
        interaction: 'small-groups',
        learningType: 'discussion',
      }),
      newStage('reflection', {
        minutes: 10,
        interaction: 'whole-group',
        learningType: 'discussion',
      }),
    ],
    text: {
      ...newBlock('workshop').text,
      materials: markdownToRichText('- Case template\n- Timer per group\n\n1. Ground rules card'),
    },
  });

  it('takes type, stages and materials from the plan and derives interactions and learning types', () => {
    const derived = methodFromSession(session, draft, { theme: 'inclusive-education' });
    if (!derived.ok) throw new Error(derived.problem);
    const { method } = derived;
    expect(method).toMatchObject({
      name: 'Case clinic',
      blockType: 'peer-feedback',
      themes: ['inclusive-education'],
      duration: { min: 40, max: 40 },
      // Most minutes first: small groups 25 before whole group 15.
      interactions: ['small-groups', 'whole-group'],
      learningTypes: ['discussion', 'acquisition'],
      materials: ['Case template', 'Timer per group', 'Ground rules card'],
    });
    expect(method.id).toMatch(/^case-clinic-[0-9a-f]{8}$/);
    expect(method.stages[1]).toEqual({
      phase: 'practice',
      minutes: 25,
      facilitator: 'Keep time in each group.',
      participants: 'Present a case; the others ask questions, then advise.',
      interaction: 'small-groups',
      learningType: 'discussion',
      resources: '',
    });
    // And it inserts back as the same session.
    const again = sessionFromMethod(method);
    expect(again.stages.map((stage) => stage.minutes)).toEqual([5, 25, 10]);
  });

  it('gives a name in another script an id of its own', () => {
    const derived = methodFromSession(
      session,
      { ...draft, name: 'Кейс-клиника' },
      { theme: 'clil' },
    );
    expect(derived.ok && derived.method.id).toMatch(/^method-[0-9a-f]{8}$/);
  });

  it('refuses a break, a plan without stages or minutes, and a draft left empty', () => {
    expect(methodFromSession(newBlock('lunch'), draft, { theme: 'clil' })).toEqual({
      ok: false,
      problem: 'break',
    });
    expect(methodFromSession({ ...session, stages: [] }, draft, { theme: 'clil' })).toEqual({
      ok: false,
      problem: 'no-stages',
    });
    const noMinutes = { ...session, stages: [newStage('input', { minutes: 0 })] };
    expect(methodFromSession(noMinutes, draft, { theme: 'clil' })).toEqual({
      ok: false,
      problem: 'no-minutes',
    });
    expect(methodFromSession(session, { ...draft, summary: '  ' }, { theme: 'clil' })).toEqual({
      ok: false,
      problem: 'text',
    });
  });
});

describe('a method file', () => {
  it('reads back the method it was written from', async () => {
    const method = await bundled('gallery-walk');
    expect(readMethodFile(methodFileBytes(method))).toEqual({ ok: true, method });
    expect(methodFileName({ name: 'Walk: A/B?' })).toBe('Walk A B.cotutor-method.json');
  });

  it('is refused with its reason when it is not JSON, not a method or far too large', async () => {
    const method = await bundled('gallery-walk');
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(readMethodFile(bytes('PK\u0003\u0004 a zip'))).toEqual({
      ok: false,
      reason: 'not-json',
    });
    expect(readMethodFile(bytes(JSON.stringify({ ...method, stages: [] })))).toEqual({
      ok: false,
      reason: 'not-a-method',
    });
    expect(readMethodFile(new Uint8Array(2 * 1024 * 1024))).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });
});

describe('searching the library', () => {
  const query = (change: Partial<MethodQuery>): MethodQuery => ({ ...ANY_METHOD, ...change });

  it('finds every word of the search in any case, in the name, text or stages', async () => {
    const methods = await Promise.all(['gallery-walk', 'jigsaw', 'think-pair-share'].map(bundled));
    const found = (change: Partial<MethodQuery>) =>
      methods.filter((method) => matchesQuery(method, query(change))).map((method) => method.id);
    expect(found({ text: 'JIGSAW' })).toEqual(['jigsaw']);
    expect(found({ text: 'expert sheets' })).toEqual(['jigsaw']);
    expect(found({ text: 'sticky notes' })).toEqual(['gallery-walk', 'think-pair-share']);
    expect(found({ text: 'sticky notes poster' })).toEqual(['gallery-walk']);
    expect(found({ text: 'nothing like this' })).toEqual([]);
  });

  it('filters by learning type, interaction pattern, theme and a length its range reaches into', async () => {
    const methods = await Promise.all(['gallery-walk', 'jigsaw', 'think-pair-share'].map(bundled));
    const found = (change: Partial<MethodQuery>) =>
      methods.filter((method) => matchesQuery(method, query(change))).map((method) => method.id);
    // 10–25 min, 30–60 min, 45–90 min; the bands' ends count: a jigsaw fits a 45-minute slot.
    expect(found({ duration: 'short' })).toEqual(['think-pair-share']);
    expect(found({ duration: 'medium' })).toEqual(['gallery-walk', 'jigsaw', 'think-pair-share']);
    expect(found({ duration: 'long' })).toEqual(['gallery-walk', 'jigsaw']);
    expect(found({ duration: 'extended' })).toEqual([]);
    expect(found({ learningType: 'production' })).toEqual(['gallery-walk']);
    expect(found({ interaction: 'pairs' })).toEqual(['think-pair-share']);
    expect(found({ theme: 'blended-learning' })).toEqual(['jigsaw']);
    expect(found({ theme: 'clil', interaction: 'small-groups', duration: 'long' })).toEqual([
      'gallery-walk',
      'jigsaw',
    ]);
  });
});

describe("a method's stages added to a plan", () => {
  it('come after its own stages, in order, as one change', async () => {
    const doc = new Y.Doc();
    const program = blankProgram({}, 1);
    const block = newBlock('workshop', { stages: [newStage('lead-in', { minutes: 5 })] });
    program.days[0]?.blocks.push(block);
    createProgram(doc, program);
    // Nothing merged by time: only one transaction makes one step.
    const undo = new Y.UndoManager(rootOf(doc), {
      trackedOrigins: new Set(['local']),
      captureTimeout: 0,
    });

    appendStages(doc, block.id, stagesFromMethod(await bundled('jigsaw')), 'local');
    const read = () => readProgram(doc).days[0]?.blocks[0]?.stages.map((stage) => stage.minutes);
    expect(read()).toEqual([5, 5, 10, 15, 20, 10]);
    undo.undo();
    expect(read()).toEqual([5]);
  });
});
