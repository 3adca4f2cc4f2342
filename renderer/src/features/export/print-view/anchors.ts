/**
 * Names of the places links in a printed program lead to. Chromium turns each
 * into a named destination of the PDF, and the contents' page numbers are
 * added afterwards by looking up where the contents' destinations landed
 * (../pdf/contents-page-numbers.ts), hence the prefix those links share.
 */
export const CONTENTS_TARGET_PREFIX = 'contents-';

/** A plan's title, where a line of the contents leads. */
export function contentsTarget(sessionId: string): string {
  return `${CONTENTS_TARGET_PREFIX}${sessionId}`;
}

/** A plan as a whole, where a block of the week at a glance leads. */
export function planTarget(sessionId: string): string {
  return `plan-${sessionId}`;
}
