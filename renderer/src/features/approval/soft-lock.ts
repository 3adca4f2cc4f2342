import * as Y from 'yjs';

/**
 * The soft lock on a program whose approved version is its current state
 * (docs/history.md, "Approval for delivery"): this user's first edit asks
 * whether to go on. The edit is let through and, on Cancel, undone with this
 * user's undo history, rather than held back before it happens: edits come from
 * many places (rich-text editors through their Yjs binding, forms, the planner's
 * drag and drop), and a rich-text editor whose change the document refused
 * would no longer show what the document holds. Undo takes back exactly this
 * user's step, in every editor, and reaches co-tutors who received the edit.
 *
 * Asked once per open of the program: after Continue, never again; after
 * Cancel, the next edit asks again. A co-tutor's edits, undo and redo, and the
 * window's own repairs never ask.
 */
export class SoftLock {
  private approvedNow = false;
  private asking = false;
  private continued = false;
  private readonly listeners = new Set<() => void>();

  /** Listens for the life of the document: the lock lasts as long as the program is open. */
  constructor(
    doc: Y.Doc,
    /** Whether a transaction's origin is this user's edit (the undo manager tracks those). */
    private readonly isOwnEdit: (origin: unknown) => boolean,
    private readonly undo: () => void,
  ) {
    doc.on('afterTransaction', this.onAfter);
  }

  /** Whether the approved version is the program's state now (no changes since). */
  setApprovedNow(approvedNow: boolean): void {
    this.approvedNow = approvedNow;
  }

  get isAsking(): boolean {
    return this.asking;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  continueEditing(): void {
    this.continued = true;
    this.settle();
  }

  /** Takes the edit back: the program is as approved again. */
  cancelEdit(): void {
    this.undo();
    this.settle();
  }

  private settle(): void {
    this.asking = false;
    for (const listener of this.listeners) listener();
  }

  private readonly onAfter = (transaction: Y.Transaction) => {
    if (this.continued || this.asking || !this.approvedNow) return;
    if (transaction.changed.size === 0) return;
    const origin = transaction.origin;
    if (origin instanceof Y.UndoManager || !this.isOwnEdit(origin)) return;
    this.asking = true;
    for (const listener of this.listeners) listener();
  };
}
