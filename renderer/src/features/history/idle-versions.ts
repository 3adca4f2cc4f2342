import * as Y from 'yjs';

import { EditPause } from '../../../../shared/history/automatic-versions';
import type { VersionRequest } from './version-keeper';

/**
 * Keeps an automatic version when this user starts editing after a pause
 * (shared/history/automatic-versions.ts): the state just before the first edit
 * of a stretch of work, so that what the pause left can be found again.
 */
export class IdleVersions {
  private readonly pause: EditPause;
  /** The state before the transaction under way, while it may be the first edit after a pause. */
  private before: Uint8Array | null = null;
  /** The document changed since `before` was encoded (a co-tutor's edit, say). */
  private stale = true;

  constructor(
    private readonly doc: Y.Doc,
    /** Whether a transaction's origin is this user's edit (the undo manager tracks those). */
    private readonly isOwnEdit: (origin: unknown) => boolean,
    private readonly keep: (request: VersionRequest) => void,
    now: () => number,
  ) {
    this.pause = new EditPause(now);
    doc.on('beforeTransaction', this.onBefore);
    doc.on('afterTransaction', this.onAfter);
  }

  dispose(): void {
    this.doc.off('beforeTransaction', this.onBefore);
    this.doc.off('afterTransaction', this.onAfter);
  }

  private readonly onBefore = (transaction: Y.Transaction) => {
    if (!this.isOwnEdit(transaction.origin) || !this.pause.isAfterPause()) return;
    // Editors open transactions that change nothing; the state is encoded again only after a change.
    if (this.before === null || this.stale) {
      this.before = Y.encodeStateAsUpdate(this.doc);
      this.stale = false;
    }
  };

  private readonly onAfter = (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return;
    this.stale = true;
    if (!this.isOwnEdit(transaction.origin)) return;
    const before = this.pause.isAfterPause() ? this.before : null;
    this.pause.edited();
    this.before = null;
    if (before !== null) this.keep({ kind: 'idle', state: before });
  };
}
