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
 *
 * Until the approval is known it does not miss an edit: while the review
 * document is not loaded an edit is remembered and asked about once it is, if
 * the program has an approval; while the approved version is still being
 * compared with the program, a program with an approval asks at once.
 */
export class SoftLock {
  /** Null until the approved version has been compared with the program. */
  private approvedNow: boolean | null = null;
  private asking = false;
  private continued = false;
  private editedUnknown = false;
  private readonly listeners = new Set<() => void>();

  /** Listens for the life of the document: the lock lasts as long as the program is open. */
  constructor(
    doc: Y.Doc,
    /** Whether a transaction's origin is this user's edit (the undo manager tracks those). */
    private readonly isOwnEdit: (origin: unknown) => boolean,
    private readonly undo: () => void,
    /** Whether the program has an approval: unknown until the review document is loaded. */
    private readonly approval: () => 'none' | 'some' | 'unknown' = () => 'none',
  ) {
    doc.on('afterTransaction', this.onAfter);
  }

  /** Whether the approved version is the program's state now (no changes since), or null while not compared yet. */
  setApprovedNow(approvedNow: boolean | null): void {
    this.approvedNow = approvedNow;
  }

  /** The review document is loaded: an edit made before it asks now, if the program has an approval. */
  approvalKnown(): void {
    const edited = this.editedUnknown;
    this.editedUnknown = false;
    if (!edited || this.continued || this.asking || this.approval() !== 'some') return;
    this.ask();
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

  private ask(): void {
    this.asking = true;
    for (const listener of this.listeners) listener();
  }

  private readonly onAfter = (transaction: Y.Transaction) => {
    if (this.continued || this.asking || this.approvedNow === false) return;
    if (transaction.changed.size === 0) return;
    const origin = transaction.origin;
    if (origin instanceof Y.UndoManager || !this.isOwnEdit(origin)) return;
    if (this.approvedNow === true) return this.ask();
    const approval = this.approval();
    if (approval === 'some') this.ask();
    else if (approval === 'unknown') this.editedUnknown = true;
  };
}
