import type * as Y from 'yjs';

/**
 * Puts the whole program back as it was in `old` (a version decoded into its own
 * Y.Doc), as one transaction with `origin` on the live document, so it reaches
 * every co-tutor as an ordinary edit and can be undone by whoever restored.
 */
export function restoreProgram(_doc: Y.Doc, _old: Y.Doc, _origin: unknown): void {
  throw new Error('restoreProgram is not built yet');
}

/** Puts one session back as it was in `old` — also one deleted since — onto its day. */
export function restoreSession(_doc: Y.Doc, _old: Y.Doc, _blockId: string, _origin: unknown): void {
  throw new Error('restoreSession is not built yet');
}
