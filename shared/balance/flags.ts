import { isBreakType, type Theme } from '../model/schema';
import { type BalanceBlock, type BalanceSource } from './balance';
import { hasContent } from './coverage';

/**
 * Gentle flags on the balance of a week: hints a co-tutor may act on or dismiss,
 * never errors. Each rule is written out in docs/balance.md.
 */

export const FLAG_KINDS = [
  'acquisition-heavy',
  'no-active-learning',
  'no-language-objectives',
  'no-reflection',
  'no-transfer',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export type Flag = {
  /** Stable across edits, so that a dismissal keeps applying: kind and the day or session. */
  id: string;
  kind: FlagKind;
  /** The day the flag is about or whose session it names; null for the whole week. */
  dayId: string | null;
  dayIndex: number | null;
  blockId: string | null;
  /** For acquisition-heavy: the share of the day's stage minutes in acquisition. */
  share?: number;
};

/** Themes whose sessions are expected to state language objectives. */
const LANGUAGE_THEMES: readonly Theme[] = ['clil', 'emi'];

export type FlagSource = BalanceSource & { meta: { theme: Theme } };

export function flags(program: FlagSource, dismissed: ReadonlySet<string> = new Set()): Flag[] {
  const found: Flag[] = [];
  const days = program.days.map((day) => ({
    day,
    sessions: day.blocks.filter((block) => !isBreakType(block.type)),
  }));
  const dailyReflection = days.every(
    ({ sessions }) => sessions.length === 0 || sessions.some(reflects),
  );

  days.forEach(({ day, sessions }, dayIndex) => {
    // An empty day has nothing to balance.
    if (sessions.length === 0) return;
    const stages = sessions.flatMap((block) => block.stages);
    const stageMin = stages.reduce((sum, stage) => sum + stage.minutes, 0);
    const minutesOf = (type: string) =>
      stages
        .filter((stage) => stage.learningType === type)
        .reduce((sum, stage) => sum + stage.minutes, 0);
    const onDay = { dayId: day.id, dayIndex };
    const acquisition = minutesOf('acquisition');
    if (stageMin > 0 && acquisition * 2 > stageMin) {
      found.push({
        id: `acquisition-heavy:${day.id}`,
        kind: 'acquisition-heavy',
        ...onDay,
        blockId: null,
        share: acquisition / stageMin,
      });
    }
    if (stageMin > 0 && minutesOf('collaboration') === 0 && minutesOf('production') === 0) {
      found.push({
        id: `no-active-learning:${day.id}`,
        kind: 'no-active-learning',
        ...onDay,
        blockId: null,
      });
    }
    for (const block of sessions) {
      const onBlock = { ...onDay, blockId: block.id };
      if (
        LANGUAGE_THEMES.includes(program.meta.theme) &&
        !hasContent(block.text, 'languageObjectives')
      ) {
        found.push({
          id: `no-language-objectives:${block.id}`,
          kind: 'no-language-objectives',
          ...onBlock,
        });
      }
      if (
        !dailyReflection &&
        block.type !== 'reflection' &&
        block.stages.length > 0 &&
        !block.stages.some((stage) => stage.phase === 'reflection')
      ) {
        found.push({ id: `no-reflection:${block.id}`, kind: 'no-reflection', ...onBlock });
      }
    }
  });

  const beforeLast = days.slice(0, -1);
  const hasSessions = days.some(({ sessions }) => sessions.length > 0);
  if (
    days.length > 1 &&
    hasSessions &&
    !beforeLast.some(({ sessions }) => sessions.some(transfers))
  ) {
    found.push({
      id: 'no-transfer',
      kind: 'no-transfer',
      dayId: null,
      dayIndex: null,
      blockId: null,
    });
  }
  return found.filter((flag) => !dismissed.has(flag.id));
}

/** A reflection session, or a session with a stage of the reflection phase. */
function reflects(block: BalanceBlock): boolean {
  return block.type === 'reflection' || block.stages.some((stage) => stage.phase === 'reflection');
}

/** A transfer task: an application stage, or follow-up work set for after the session. */
function transfers(block: BalanceBlock): boolean {
  return (
    block.stages.some((stage) => stage.phase === 'application') ||
    hasContent(block.text, 'followUp')
  );
}
