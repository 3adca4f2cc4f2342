import type * as Y from 'yjs';

import { readCoTutors, readDays } from '../../../shared/model/read';
import { type CoTutor } from '../../../shared/model/records/co-tutor';
import { type Block, type Day } from '../../../shared/model/types';
import type { Rng } from '../random';

/**
 * One user action with its values already chosen, so that it can be applied
 * again to another replica (when a failure is shrunk). `apply` must be a no-op,
 * never an error, when what it targets no longer exists: that is what happens
 * when another co-tutor deleted it concurrently.
 */
export type Edit = { label: string; apply: (doc: Y.Doc) => void };

/** Chooses an edit from what this replica currently shows, or null if there is nothing to edit. */
export type EditMaker = (rng: Rng, doc: Y.Doc) => Edit | null;

/**
 * The origin of this user's edits, like the app's LOCAL_ORIGIN: the only one
 * each client's UndoManager tracks, so undo never reverts a co-tutor's change.
 */
export const LOCAL = Symbol('local edit');

export function edit(label: string, apply: (doc: Y.Doc) => void): Edit {
  return { label, apply };
}

export const days = (doc: Y.Doc): Day[] => readDays(doc);
export const blocks = (doc: Y.Doc): Block[] => readDays(doc).flatMap((day) => day.blocks);
export const coTutors = (doc: Y.Doc): CoTutor[] => readCoTutors(doc);

export function pickBlock(rng: Rng, doc: Y.Doc): Block | null {
  const all = blocks(doc);
  return all.length === 0 ? null : rng.pick(all);
}

/** Shows a string in a log line: quoted, cut short, with line breaks visible. */
export function quote(text: string): string {
  const cut = [...text].length > 24 ? `${[...text].slice(0, 24).join('')}…` : text;
  return JSON.stringify(cut);
}
