import { $getRoot } from 'lexical';

import { LOCAL_ORIGIN } from '../../renderer/src/program/origins';
import type { ProgramSession } from '../../renderer/src/program/program-session';
import { newStage } from '../../shared/model/defaults';
import { blockOf, richFieldOf } from '../../shared/model/layout';
import { moveBlock, setBlockField } from '../../shared/model/mutations/blocks';
import { addStage } from '../../shared/model/mutations/stages';
import { type SessionRichField, STAGE_PHASES } from '../../shared/model/schema';
import { type HeadlessField, headlessField } from '../support/headless-field';
import { mulberry32 } from '../support/random';
import { typingText } from './key-bench';

/** A rich-text field of one block: where a co-tutor types. */
export type FieldTarget = { blockId: string; field: SessionRichField };

export type EditPlan = {
  /** The fields typed into, in turn (about 100 keys in one before moving to the next). */
  fields: FieldTarget[];
  /** Blocks the structural edits pick from, with their day. */
  blocks: { blockId: string; dayId: string }[];
  edits: number;
  seed: number;
};

/** One structural edit in this many: a retime, a rename, a new location, a move, a new stage. */
const STRUCTURAL_EVERY = 50;
/** Keys typed into one field before moving to the next. */
const KEYS_PER_FIELD = 100;
/** An Enter (a new paragraph) after this many characters in a field. */
const PARAGRAPH_EVERY = 60;

export type EditCount = { keystrokes: number; paragraphs: number; structural: number };

/**
 * The edits of a co-tutor working offline, one Yjs transaction each as in the
 * app: keystrokes through Lexical editors bound to the fields exactly as the
 * session plan binds them (tests/support/headless-field.ts: the app's bindEditor
 * on a headless editor), their edits tracked as this user's as FieldBindingPlugin
 * does; and structural edits through the model's mutations with LOCAL_ORIGIN,
 * as the planner and forms make them. The fields stay bound (an open session
 * plan's editors do) until the returned `dispose` is called, so that changes
 * arriving on reconnect also go through Lexical.
 */
export function makeOfflineEdits(
  session: ProgramSession,
  plan: EditPlan,
): { count: EditCount; dispose(): void } {
  const random = mulberry32(plan.seed);
  const bound = plan.fields.map(({ blockId, field }) => {
    const xml = richFieldOf(blockOf(session.doc, blockId) ?? fail(blockId), field);
    const headless = headlessField(session.doc, xml ?? fail(`${blockId}:${field}`));
    return { headless, untrack: session.trackOrigin(headless.binding) };
  });
  const text = typingText(KEYS_PER_FIELD * 2);
  const count: EditCount = { keystrokes: 0, paragraphs: 0, structural: 0 };
  for (let edit = 0; edit < plan.edits; edit++) {
    if (edit % STRUCTURAL_EVERY === STRUCTURAL_EVERY - 1) {
      structuralEdit(session, plan, random, edit);
      count.structural += 1;
      continue;
    }
    const typed = count.keystrokes + count.paragraphs;
    const field = bound[Math.floor(typed / KEYS_PER_FIELD) % bound.length]?.headless;
    if (field === undefined) throw new Error('The plan has no field to type into.');
    const enter = typed % PARAGRAPH_EVERY === PARAGRAPH_EVERY - 1;
    typeKey(field, enter ? null : (text[typed % text.length] ?? ' '));
    if (enter) count.paragraphs += 1;
    else count.keystrokes += 1;
  }
  return {
    count,
    dispose: () =>
      bound.forEach(({ headless, untrack }) => {
        untrack();
        headless.dispose();
      }),
  };
}

/** One key at the end of the field (null: Enter), committed at once as a keystroke is. */
function typeKey(field: HeadlessField, character: string | null): void {
  field.editor.update(
    () => {
      const selection = $getRoot().selectEnd();
      if (character === null) selection.insertParagraph();
      else selection.insertText(character);
    },
    { discrete: true },
  );
}

function structuralEdit(
  session: ProgramSession,
  plan: EditPlan,
  random: () => number,
  edit: number,
): void {
  const pick = plan.blocks[Math.floor(random() * plan.blocks.length)];
  if (pick === undefined) throw new Error('The plan has no block to edit.');
  const { doc } = session;
  const { blockId, dayId } = pick;
  switch (Math.floor(edit / STRUCTURAL_EVERY) % 5) {
    case 0:
      return setBlockField(
        doc,
        blockId,
        'durationMin',
        30 + Math.floor(random() * 60),
        LOCAL_ORIGIN,
      );
    case 1:
      return setBlockField(doc, blockId, 'title', `Revised session ${edit}`, LOCAL_ORIGIN);
    case 2:
      return setBlockField(doc, blockId, 'location', `Room ${100 + (edit % 300)}`, LOCAL_ORIGIN);
    case 3:
      return moveBlock(doc, blockId, dayId, Math.floor(random() * 12), LOCAL_ORIGIN);
    default: {
      const phase = STAGE_PHASES[Math.floor(random() * STAGE_PHASES.length)] ?? 'practice';
      addStage(
        doc,
        blockId,
        0,
        newStage(phase, { facilitatorActions: 'Check in pairs.' }),
        LOCAL_ORIGIN,
      );
    }
  }
}

function fail(what: string): never {
  throw new Error(`The large program has no ${what}.`);
}
