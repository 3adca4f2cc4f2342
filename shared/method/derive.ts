import { newId } from '../model/ids';
import { richTextToPlain } from '../model/rich-text/plain';
import { type BlockType, isBreakType, LIMITS, type Theme } from '../model/schema';
import type { Block, Stage } from '../model/types';
import { methodMinutes } from './insert';
import { type Method, methodSchema } from './schema';

/** What a co-tutor writes about a session they keep as a method; the rest comes from the plan. */
export type MethodDraft = { name: string; summary: string; whenToUse: string };

export type DerivedMethod = { ok: true; method: Method } | { ok: false; problem: DeriveProblem };

/**
 * Why a session cannot be a method yet: a break has no plan, a method needs
 * stages whose minutes add up to something, and name, summary and when-to-use
 * must be written.
 */
export type DeriveProblem = 'break' | 'no-stages' | 'no-minutes' | 'text';

/**
 * A method made from a session plan: its type and stages as they are, its
 * length as the stages' total, and the interaction patterns and learning types
 * of its stages, the one given most minutes first. The program's theme is the
 * method's. Validated as a bundled method is, so what is kept is always usable.
 */
export function methodFromSession(
  block: Block,
  draft: MethodDraft,
  context: { theme: Theme; id?: string },
): DerivedMethod {
  if (isBreakType(block.type)) return { ok: false, problem: 'break' };
  if (block.stages.length === 0) return { ok: false, problem: 'no-stages' };
  const minutes = methodMinutes(block);
  if (minutes < 1) return { ok: false, problem: 'no-minutes' };
  const parsed = methodSchema.safeParse({
    format: 'cotutor-method',
    version: 1,
    id: context.id ?? newMethodId(draft.name),
    name: draft.name.trim(),
    summary: draft.summary.trim(),
    whenToUse: draft.whenToUse.trim(),
    themes: [context.theme],
    blockType: block.type as Exclude<BlockType, 'break' | 'lunch'>,
    duration: { min: minutes, max: minutes },
    interactions: byMinutes(block.stages, 'interaction'),
    learningTypes: byMinutes(block.stages, 'learningType'),
    materials: materialLines(block),
    stages: block.stages.map((stage) => ({
      phase: stage.phase,
      minutes: stage.minutes,
      facilitator: stage.facilitatorActions,
      participants: stage.participantActions,
      interaction: stage.interaction,
      learningType: stage.learningType,
      resources: stage.resources,
    })),
  });
  return parsed.success ? { ok: true, method: parsed.data } : { ok: false, problem: 'text' };
}

/** The values of a stage field, the one with the most minutes first (ties: the first seen). */
function byMinutes<K extends 'interaction' | 'learningType'>(
  stages: readonly Stage[],
  key: K,
): Stage[K][] {
  const minutes = new Map<Stage[K], number>();
  for (const stage of stages)
    minutes.set(stage[key], (minutes.get(stage[key]) ?? 0) + stage.minutes);
  return [...minutes.entries()].sort((a, b) => b[1] - a[1]).map(([value]) => value);
}

/** The plan's materials, one line per item, without list markers. */
function materialLines(block: Block): string[] {
  return richTextToPlain(block.text.materials)
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(•|\d+\.)\s*/, '')
        .trim()
        .slice(0, LIMITS.maxTextLength),
    )
    .filter((line) => line.length > 0);
}

/** An id from the name's Latin letters and a random part, so two methods never share one. */
function newMethodId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const random = newId().replace(/-/g, '').slice(0, 8);
  return slug === '' ? `method-${random}` : `${slug}-${random}`;
}
