/**
 * A program joined from an invite exists in the library before its content has
 * arrived from the sync server. Its file says so itself: the header, then one
 * frame holding the empty Yjs update (what `Y.encodeStateAsUpdate(new Y.Doc())`
 * gives). No other file starts that way — creation writes a whole program and
 * compaction a whole document — so a placeholder is never mistaken for damage
 * and damage is never mistaken for a placeholder, even after library.json is lost.
 */
export const PLACEHOLDER_UPDATE: Uint8Array = Uint8Array.of(0, 0);

export function isPlaceholderLog(updates: readonly Uint8Array[]): boolean {
  const first = updates[0];
  return (
    first !== undefined &&
    first.byteLength === PLACEHOLDER_UPDATE.byteLength &&
    first.every((byte, index) => byte === PLACEHOLDER_UPDATE[index])
  );
}

/** The title a placeholder shows when the invite carried none. */
export const PLACEHOLDER_TITLE = 'Shared program';
