import * as Y from 'yjs';

import { EditPause } from '../../../../shared/history/automatic-versions';
import type { VersionRequest } from './version-keeper';

/** How long the document must have been still before its state is encoded ahead. */
export const QUIET_MS = 2_000;

/**
 * Keeps an automatic version when this user starts editing after a pause
 * (shared/history/automatic-versions.ts): the state just before the first edit
 * of a stretch of work, so that what the pause left can be found again.
 *
 * Encoding a large program's state takes tens of milliseconds. Done at the
 * first keystroke after a pause, it froze that keystroke, so it is done ahead:
 * in an idle moment once the document has been still for QUIET_MS and a pause
 * is under way (or about to begin), and again after a co-tutor's change.
 * Only a change in the last moments before the first edit is encoded then.
 */
export class IdleVersions {
  private readonly pause: EditPause;
  /** The state before the transaction under way, while it may be the first edit after a pause. */
  private before: Uint8Array | null = null;
  /** The document changed since `before` was encoded (a co-tutor's edit, say). */
  private stale = true;
  /** When the document last changed, by anyone. */
  private changedAt: number;
  /** The one waiting encoding ahead, if any. */
  private cancelPrepare: (() => void) | null = null;

  constructor(
    private readonly doc: Y.Doc,
    /** Whether a transaction's origin is this user's edit (the undo manager tracks those). */
    private readonly isOwnEdit: (origin: unknown) => boolean,
    private readonly keep: (request: VersionRequest) => void,
    private readonly now: () => number,
  ) {
    this.pause = new EditPause(now);
    this.changedAt = now();
    doc.on('beforeTransaction', this.onBefore);
    doc.on('afterTransaction', this.onAfter);
    this.prepare();
  }

  dispose(): void {
    this.cancelPrepare?.();
    this.doc.off('beforeTransaction', this.onBefore);
    this.doc.off('afterTransaction', this.onAfter);
  }

  /**
   * Encodes the state ahead once the document has been still for QUIET_MS and
   * a pause is under way, in the first idle moment after. One timer waits at a
   * time; a change only moves `changedAt`, and the timer, when it comes, waits
   * again for what is left. A keystroke costs no timer of its own.
   */
  private prepare(): void {
    if (this.cancelPrepare !== null) return;
    const wait = () => Math.max(QUIET_MS - (this.now() - this.changedAt), this.pause.untilPause());
    let timer: ReturnType<typeof setTimeout> | null = null;
    let idle: number | null = null;
    const due = () => {
      timer = null;
      if (wait() > 0) {
        timer = setTimeout(due, wait());
        return;
      }
      const encode = () => {
        this.cancelPrepare = null;
        if (this.stale && this.pause.isAfterPause()) this.encode();
      };
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(encode);
      else encode();
    };
    timer = setTimeout(due, wait());
    this.cancelPrepare = () => {
      if (timer !== null) clearTimeout(timer);
      if (idle !== null) cancelIdleCallback(idle);
      this.cancelPrepare = null;
    };
  }

  private encode(): void {
    this.before = Y.encodeStateAsUpdate(this.doc);
    this.stale = false;
  }

  private readonly onBefore = (transaction: Y.Transaction) => {
    if (!this.isOwnEdit(transaction.origin) || !this.pause.isAfterPause()) return;
    // Editors open transactions that change nothing; the state is encoded again only after a change.
    if (this.before === null || this.stale) this.encode();
  };

  private readonly onAfter = (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return;
    this.stale = true;
    this.changedAt = this.now();
    // Encoded again, ahead of the first edit after the pause this change may be the last before.
    this.prepare();
    if (!this.isOwnEdit(transaction.origin)) return;
    const before = this.pause.isAfterPause() ? this.before : null;
    this.pause.edited();
    this.before = null;
    if (before !== null) this.keep({ kind: 'idle', state: before });
  };
}
