import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { type Method, methodSchema } from '../../shared/method/schema';
import { INTERACTION_PATTERNS, LEARNING_TYPES, THEMES } from '../../shared/model/schema';

const DIRECTORY = join(import.meta.dirname, '../../resources/methods');
/** The methods co-tutors look for first: the library is not complete without them. */
const EXPECTED = [
  'think-pair-share',
  'jigsaw',
  'gallery-walk',
  'running-dictation',
  '4cs-planning-grid',
  'lesson-study',
  'micro-teaching-peer-feedback',
  'fishbowl',
  'carousel',
  'scaffolded-reading-glossary',
  'language-aware-feedback',
  'udl-barrier-analysis',
  'flipped-input',
];
const PLACEHOLDER = /lorem|ipsum|\btodo\b|\btbd\b|xxx|placeholder|\[insert/i;

const files = readdirSync(DIRECTORY).filter((file) => file.endsWith('.json'));
const parsed = files.map((file) => ({
  file,
  result: methodSchema.safeParse(JSON.parse(readFileSync(join(DIRECTORY, file), 'utf8'))),
}));
// The checks across the library read the valid methods; an invalid one fails its own test below.
const methods: { file: string; method: Method }[] = parsed.flatMap(({ file, result }) =>
  result.success ? [{ file, method: result.data }] : [],
);

/** Every piece of text a co-tutor reads in the library. */
function textsOf(method: Method): string[] {
  return [
    method.name,
    method.summary,
    method.whenToUse,
    ...method.materials,
    ...method.stages.flatMap((stage) => [stage.facilitator, stage.participants, stage.resources]),
  ];
}

describe('the method library', () => {
  it('holds at least forty methods, including the ones co-tutors look for first', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    const ids = methods.map(({ method }) => method.id);
    for (const id of EXPECTED) expect(ids).toContain(id);
  });

  it.each(parsed)('$file is a valid method named after its file', ({ file, result }) => {
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.id).toBe(file.replace(/\.json$/, ''));
  });

  it('has no two methods with the same id or name', () => {
    const ids = methods.map(({ method }) => method.id);
    const names = methods.map(({ method }) => method.name.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it('serves every theme of the filter with at least four methods', () => {
    for (const theme of THEMES) {
      const serving = methods.filter(({ method }) => method.themes.includes(theme));
      expect(serving.length, theme).toBeGreaterThanOrEqual(4);
    }
  });

  it('uses every interaction pattern and every learning type somewhere', () => {
    const stages = methods.flatMap(({ method }) => method.stages);
    for (const pattern of INTERACTION_PATTERNS) {
      expect(
        stages.some((stage) => stage.interaction === pattern),
        pattern,
      ).toBe(true);
    }
    for (const type of LEARNING_TYPES) {
      expect(
        stages.some((stage) => stage.learningType === type),
        type,
      ).toBe(true);
    }
  });

  it('gives each method three to seven stages, with concrete materials', () => {
    for (const { file, method } of methods) {
      expect(method.stages.length, file).toBeGreaterThanOrEqual(3);
      expect(method.stages.length, file).toBeLessThanOrEqual(7);
      expect(method.materials.length, file).toBeGreaterThan(0);
    }
  });

  it('contains no placeholder text and no line repeated from another method', () => {
    const seen = new Map<string, string>();
    for (const { file, method } of methods) {
      for (const text of textsOf(method)) {
        expect(text, file).not.toMatch(PLACEHOLDER);
        // Short resource lines ("Timer", "Sticky notes") may recur; sentences may not.
        if (text.length < 60) continue;
        const earlier = seen.get(text);
        expect(earlier === undefined || earlier === file, `${file} repeats ${earlier}`).toBe(true);
        seen.set(text, file);
      }
    }
  });
});
