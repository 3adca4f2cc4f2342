/**
 * A .cotutor file chosen in the library for a program that is already there is
 * merged by that program's window (so the merge is saved and reaches co-tutors
 * like any edit); it waits here until the program has opened.
 */
export type PendingMerge = {
  fileName: string;
  state: Uint8Array;
  /** The review document's state, null for a file written before it was carried. */
  review: Uint8Array | null;
};

const pending = new Map<string, PendingMerge>();

export function queueMerge(programId: string, merge: PendingMerge): void {
  pending.set(programId, merge);
}

export function takeMerge(programId: string): PendingMerge | undefined {
  const merge = pending.get(programId);
  pending.delete(programId);
  return merge;
}
