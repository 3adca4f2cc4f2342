import type * as Y from 'yjs';

import type { Rng } from '../random';
import { blockEdits } from './blocks';
import { commentEdits } from './comments';
import type { Edit, EditMaker } from './edit';
import { programEdits } from './program';
import { restoreEdits } from './restore';
import { richTextEdits } from './rich-text';
import { stageEdits } from './stages';
import { undoEdits } from './undo';

export type { Edit } from './edit';

const MAKERS: Record<string, EditMaker> = {
  ...blockEdits,
  ...stageEdits,
  ...programEdits,
  ...richTextEdits,
  ...undoEdits,
  ...restoreEdits,
  ...commentEdits,
};

/**
 * How often each kind of edit is tried, roughly as co-tutors work: mostly typing
 * and retiming, regular moves, now and then a structural change to the week;
 * comments on the text being typed, and replies.
 */
const WEIGHTS: Record<keyof typeof MAKERS, number> = {
  addBlock: 4,
  moveBlock: 8,
  deleteBlock: 3,
  retimeBlock: 5,
  setBlockField: 6,
  setFacilitator: 3,
  addStage: 3,
  moveStage: 2,
  deleteStage: 2,
  setStageField: 3,
  setMetaField: 2,
  setDayTimes: 2,
  setDayCount: 2,
  addCoTutor: 1,
  setCoTutorField: 1,
  moveCoTutor: 1,
  removeCoTutor: 1,
  typeText: 12,
  eraseText: 5,
  formatText: 2,
  lineBreak: 2,
  splitParagraph: 3,
  addParagraph: 3,
  removeParagraph: 2,
  undo: 3,
  redo: 1,
  restoreProgram: 3,
  restoreSession: 2,
  addThread: 4,
  replyToThread: 2,
  editOwnComment: 1,
  deleteOwnComment: 1,
  resolveThread: 2,
};

const WITHOUT_UNDO = { ...WEIGHTS, undo: 0, redo: 0 };

/** A random edit that makes sense on this replica now (undo and redo only if `undo`). */
export function randomEdit(rng: Rng, doc: Y.Doc, undo: boolean): Edit {
  for (;;) {
    const maker = MAKERS[rng.weighted(undo ? WEIGHTS : WITHOUT_UNDO)];
    const edit = maker?.(rng, doc);
    // Some edits need something to work on (a stage, a co-tutor); try another kind.
    if (edit !== undefined && edit !== null) return edit;
  }
}
