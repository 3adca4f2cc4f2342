import { requireParts } from '../../../shared/model/layout';
import {
  addBlock,
  type BlockScalars,
  deleteBlock,
  moveBlock,
  setBlockField,
  setFacilitator,
} from '../../../shared/model/mutations/blocks';
import { BLOCK_FIELDS } from '../../../shared/model/records/block';
import { type FieldKeyOfKind, fieldKeys } from '../../../shared/model/records/table';
import type { Rng } from '../random';
import * as value from '../values';
import { coTutors, days, edit, type EditMaker, LOCAL, pickBlock, quote } from './edit';

/** Structure of the week: blocks added, moved within and across days, retimed, deleted. */
export const blockEdits: Record<string, EditMaker> = {
  addBlock(rng, doc) {
    const day = rng.pick(days(doc));
    const index = rng.int(0, day.blocks.length);
    const block = value.block(
      rng,
      coTutors(doc).map((tutor) => tutor.id),
    );
    return edit(
      `addBlock ${block.id} ${quote(block.title)} → day ${day.id} @${index}`,
      (target) => {
        // addBlock refuses a missing day; only a shrunk replay can get here without one.
        if (requireParts(target).days.has(day.id)) addBlock(target, day.id, index, block, LOCAL);
      },
    );
  },

  moveBlock(rng, doc) {
    const block = pickBlock(rng, doc);
    if (block === null) return null;
    const all = days(doc);
    const home = all.find((day) => day.blocks.some((other) => other.id === block.id));
    // Half the moves stay in the block's own day (reordering), half go elsewhere.
    const day = home !== undefined && rng.chance(0.5) ? home : rng.pick(all);
    const index = rng.int(0, day.blocks.length);
    return edit(`moveBlock ${block.id} → day ${day.id} @${index}`, (target) =>
      moveBlock(target, block.id, day.id, index, LOCAL),
    );
  },

  deleteBlock(rng, doc) {
    const block = pickBlock(rng, doc);
    if (block === null) return null;
    return edit(`deleteBlock ${block.id}`, (target) => deleteBlock(target, block.id, LOCAL));
  },

  retimeBlock(rng, doc) {
    const block = pickBlock(rng, doc);
    if (block === null) return null;
    if (rng.chance(0.5)) {
      const minutes = value.duration(rng);
      return edit(`durationMin ${block.id} = ${minutes}`, (target) =>
        setBlockField(target, block.id, 'durationMin', minutes, LOCAL),
      );
    }
    const start = value.fixedStart(rng);
    return edit(`fixedStart ${block.id} = ${start}`, (target) =>
      setBlockField(target, block.id, 'fixedStart', start, LOCAL),
    );
  },

  setBlockField(rng, doc) {
    const block = pickBlock(rng, doc);
    if (block === null) return null;
    const [field, fieldValue] = blockScalar(rng);
    return edit(`${field} ${block.id} = ${quote(String(fieldValue))}`, (target) =>
      setBlockField(target, block.id, field, fieldValue, LOCAL),
    );
  },

  setFacilitator(rng, doc) {
    const block = pickBlock(rng, doc);
    const tutors = coTutors(doc);
    if (block === null || tutors.length === 0) return null;
    const tutor = rng.pick(tutors);
    const facilitates = rng.chance(0.6);
    return edit(`facilitator ${block.id} ${tutor.id} = ${facilitates}`, (target) =>
      setFacilitator(target, block.id, tutor.id, facilitates, LOCAL),
    );
  },
};

type StringField = FieldKeyOfKind<typeof BLOCK_FIELDS, 'text'>;
// Every text field of the block's table, so a field added there is fuzzed too.
const STRING_FIELDS = fieldKeys(BLOCK_FIELDS).filter(
  (field): field is StringField => BLOCK_FIELDS[field].kind === 'text',
);

/** A structured field and a valid value for it (typed as one pair so setBlockField accepts it). */
function blockScalar(
  rng: Rng,
): ['type', BlockScalars['type']] | ['cefr', BlockScalars['cefr']] | [StringField, string] {
  const roll = rng.int(0, 9);
  if (roll === 0) return ['type', value.blockType(rng)];
  if (roll === 1) return ['cefr', value.cefr(rng)];
  // Titles most often: the field two co-tutors are most likely to type in at once.
  return roll < 6 ? ['title', value.title(rng)] : [rng.pick(STRING_FIELDS), value.shortText(rng)];
}
