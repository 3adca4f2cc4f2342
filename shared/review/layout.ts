import type * as Y from 'yjs';

/**
 * The review document: a second Yjs document per program that holds what
 * co-tutors say about the program and keep of it — comment threads, the list of
 * versions, approvals and recently deleted sessions — so that none of it weighs
 * on the program document that every open, sync and export reads. Each part has
 * a root map of its own, so the parts never touch each other's data.
 */
export type ReviewPart = 'threads' | 'versions' | 'approvals' | 'deletions' | 'reads';

export function reviewRootOf(review: Y.Doc, part: ReviewPart): Y.Map<unknown> {
  return review.getMap(part);
}
