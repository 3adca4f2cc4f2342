import type * as Y from 'yjs';

import type { Author } from '../../shared/review/threads';

/**
 * Each client's review document and who the client is, found from its program
 * document: an edit is applied to a program document (ops/edit.ts), and the
 * comment edits reach the review document beside it, as a window holds both.
 */
export type Reviewer = { review: Y.Doc; author: Author };

const reviewers = new WeakMap<Y.Doc, Reviewer>();

export function addReviewer(program: Y.Doc, reviewer: Reviewer): void {
  reviewers.set(program, reviewer);
}

export function reviewerOf(program: Y.Doc): Reviewer | null {
  return reviewers.get(program) ?? null;
}

/** Client n is user "u<n>", with a colour presence would give them. */
export function authorOf(client: number): Author {
  const colors = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b'];
  return {
    userId: `u${client}`,
    name: `Co-tutor ${client}`,
    color: colors[client % 5] ?? '#6b7280',
  };
}
