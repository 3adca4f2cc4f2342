import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { type DamageRecovery } from '../../../shared/host-api/contract';
import { HostError } from '../../../shared/host-api/errors';
import { rootOf } from '../../../shared/model/layout';
import { checkDocument, type DocumentCheck, migrate } from '../../../shared/model/migrate';
import { repairPlacements } from '../../../shared/model/mutations/program';
import { restoreMissingFields } from '../../../shared/model/restore-fields';
import { migrateThreads } from '../../../shared/review/thread-migration';
import type { Host } from '../host';
import { PeerList } from '../sync/peer-list';
import { ProgramSync } from '../sync/program-sync';
import type { Release } from '../sync/shared-provider';
import { takeEarlyRead } from './early-read';
import { LOAD_ORIGIN, LOCAL_ORIGIN, MIGRATION_ORIGIN, REPAIR_ORIGIN } from './origins';
import { Saver } from './saver';
import { SessionSaver } from './session-saver';
import { readStoredProgram } from './stored-program';

/**
 * One open program: its live Y.Doc (the only copy of the content in this window),
 * the undo history of this user's edits, the saver that streams every change
 * (ours and the co-tutors') to storage, and the link to the sync server when the
 * program is shared. Editors, planner and forms all read and write this one
 * document.
 */
export class ProgramSession {
  readonly doc = new Y.Doc();
  /**
   * Comments, versions, approvals and deletions (shared/review/layout.ts), apart
   * from the program. Empty until its stored state is applied, after the plan is
   * first shown (loadReview): read it freely, write it only once isReviewLoaded.
   */
  readonly review = new Y.Doc();
  /** Settles once the review document holds its stored state; rejects if it could not be read. */
  readonly reviewLoaded: Promise<void>;
  readonly awareness = new Awareness(this.doc);
  /** Streams the program's changes and the review document's, each to its own file. */
  readonly saver: SessionSaver;
  readonly undoManager: Y.UndoManager;
  readonly sync: ProgramSync;
  /** The co-tutors with this program open, from the awareness the provider exchanges. */
  readonly peers = new PeerList(this.awareness);
  /** Settles when the document holds a program: at once, or after the first sync of a joined program. */
  contentArrived: Promise<void> = Promise.resolve();
  private awaiting = false;
  private destroyed = false;
  private releaseConnection: Release = () => undefined;
  private releaseReviewConnection: Release = () => undefined;
  private readonly reviewLoad: ReviewLoad;

  private constructor(
    readonly programId: string,
    host: Host,
    /** Opening found the program's file damaged: what could be read is here, the file as it was is kept. */
    readonly recovery: DamageRecovery | null,
    state: { program: Uint8Array },
  ) {
    // Before anything listens: with an 'update' listener, Yjs would encode the
    // whole loaded program again only to announce a change nobody needs (about as
    // long as decoding it, on the large program).
    Y.applyUpdate(this.doc, state.program, LOAD_ORIGIN);
    this.reviewLoad = new ReviewLoad(this.review);
    this.reviewLoaded = this.reviewLoad.loaded;
    this.saver = new SessionSaver(
      new Saver((updates) => host.documents.append({ id: programId, updates })),
      new Saver((updates) => host.documents.appendReview({ id: programId, updates })),
    );
    // Only this user's edits are undone: changes from the server carry the provider as origin.
    this.undoManager = new Y.UndoManager(rootOf(this.doc), {
      trackedOrigins: new Set([LOCAL_ORIGIN]),
    });
    this.sync = new ProgramSync(programId, this.doc, this.awareness, this.review, {
      notEdits: [LOAD_ORIGIN],
      holdReview: true,
    });
  }

  static async open(host: Host, programId: string): Promise<ProgramSession> {
    const stored = await (takeEarlyRead(programId) ?? readStoredProgram(host, programId));
    const { sharing, recovery } = stored;
    const session = new ProgramSession(programId, host, recovery, stored);
    const check = checkDocument(session.doc);
    // A program joined from an invite is empty here until the server sends it.
    const awaiting = !check.ok && check.reason === 'empty' && sharing !== null;
    if (!check.ok && !awaiting) {
      session.destroy();
      throw unreadable(check);
    }
    session.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOAD_ORIGIN) session.saver.program.push(update);
    });
    if (awaiting) session.waitForContent();
    else migrate(session.doc, MIGRATION_ORIGIN);
    session.repairAfterForeignChanges();
    session.sync.setSharing(sharing);
    session.releaseConnection = session.sync.program.shared.acquire();
    stored.review.then(
      (state) => session.reviewLoad.arrived(state, () => session.afterReviewApplied()),
      (error: unknown) => session.reviewLoad.failed(error),
    );
    return session;
  }

  /**
   * Applies the review document's stored state, once it has arrived (at once if
   * it has). The window calls this after the session plan is first shown, and on
   * the first key or pointer press before that: decoding thousands of comments
   * is then not part of opening the plan (docs/comments.md, "Opening a plan").
   */
  loadReview(): Promise<void> {
    if (!this.destroyed) this.reviewLoad.want();
    return this.reviewLoaded;
  }

  get isReviewLoaded(): boolean {
    return this.reviewLoad.isLoaded;
  }

  /** Calls the listener once the review document is loaded (not if it already is). */
  onReviewLoaded(listener: () => void): () => void {
    return this.reviewLoad.subscribe(listener);
  }

  /**
   * Runs what writes to the review document (or must see it whole) now if it
   * is loaded, or else once it is: a write into the empty document would be
   * merged with the stored state arriving after it, and a part created on both
   * sides keeps only one side's contents.
   */
  whenReviewLoaded(run: () => void): void {
    if (this.isReviewLoaded) run();
    else
      void this.reviewLoaded.then(
        () => {
          if (!this.destroyed) run();
        },
        () => undefined,
      );
  }

  /** Once the stored state is in: saved from now on, older threads migrated, and synced. */
  private afterReviewApplied(): void {
    if (this.destroyed) return;
    this.review.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOAD_ORIGIN) this.saver.review.push(update);
    });
    migrateThreads(this.review, MIGRATION_ORIGIN);
    // Connected only now: the server's state merged into an empty document and
    // then the stored one would cost twice the decoding, and nothing is lost by waiting.
    this.sync.releaseReview();
    this.releaseReviewConnection = this.sync.review.shared.acquire();
  }

  /** Joined from an invite and nothing received yet: the screen waits for the first sync. */
  get isAwaitingContent(): boolean {
    return this.awaiting;
  }

  /** Lets edits made through a Lexical binding join this user's undo history. */
  trackOrigin(origin: unknown): () => void {
    this.undoManager.trackedOrigins.add(origin);
    return () => this.undoManager.trackedOrigins.delete(origin);
  }

  /**
   * Runs a change made through a form, a menu or the planner as one undo step of
   * its own. Y.UndoManager merges whatever comes within half a second into one
   * step; without this, typing in a field and then changing a duration at once
   * would be undone together.
   */
  asOwnUndoStep<T>(change: () => T): T {
    this.undoManager.stopCapturing();
    try {
      return change();
    } finally {
      this.undoManager.stopCapturing();
    }
  }

  undo(): void {
    this.undoManager.undo();
  }

  redo(): void {
    this.undoManager.redo();
  }

  /** Disconnects, saves what is pending in both documents, then lets go of them. */
  async close(): Promise<void> {
    this.releaseConnection();
    this.releaseReviewConnection();
    this.sync.close();
    try {
      await this.saver.flush();
    } finally {
      this.destroy();
    }
  }

  /**
   * Concurrent edits can leave what no single edit does (docs/file-format.md,
   * "Convergence under concurrent edits"): a block on a day a co-tutor removed
   * meanwhile, or a record brought back by this user's undo without a field a
   * co-tutor had changed. After every change that is not this user's own edit,
   * the window puts that right; the repairs are deterministic, so windows doing
   * the same at once still agree, and they are not part of anyone's undo.
   */
  private repairAfterForeignChanges(): void {
    const repair = (undone: boolean) => {
      if (this.destroyed || this.awaiting || checkDocument(this.doc).ok !== true) return;
      repairPlacements(this.doc, REPAIR_ORIGIN);
      if (undone) restoreMissingFields(this.doc, REPAIR_ORIGIN);
    };
    repair(false);
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      const origin = transaction.origin;
      if (origin === REPAIR_ORIGIN || origin === LOAD_ORIGIN || transaction.changed.size === 0)
        return;
      const undone = origin instanceof Y.UndoManager;
      if (!undone && this.undoManager.trackedOrigins.has(origin)) return;
      // Not inside the transaction's own clean-up: the repair is a change of its own.
      queueMicrotask(() => repair(undone));
    });
  }

  private waitForContent(): void {
    this.awaiting = true;
    this.contentArrived = new Promise((resolve, reject) => {
      const onUpdate = () => {
        const check = checkDocument(this.doc);
        if (!check.ok && check.reason === 'empty') return;
        this.doc.off('update', onUpdate);
        this.awaiting = false;
        if (!check.ok) return reject(unreadable(check));
        migrate(this.doc, MIGRATION_ORIGIN);
        resolve();
      };
      this.doc.on('update', onUpdate);
    });
  }

  private destroy(): void {
    this.destroyed = true;
    this.reviewLoad.dispose();
    this.sync.close();
    this.saver.dispose();
    this.undoManager.destroy();
    this.awareness.destroy();
    this.doc.destroy();
    this.review.destroy();
  }
}

function unreadable(check: Exclude<DocumentCheck, { ok: true }>): HostError {
  return check.reason === 'newer-version'
    ? new HostError('newer-version')
    : new HostError('unreadable-program');
}

/**
 * The review document's stored state on its way in: applied once it has
 * arrived and the window wants it, never twice. Until then nothing but the load
 * may write to the document; a write is reported as an error (whenReviewLoaded waits).
 */
class ReviewLoad {
  readonly loaded: Promise<void>;
  private state: Uint8Array | null = null;
  private wanted = false;
  private done = false;
  private afterApply: () => void = () => undefined;
  private resolve: () => void = () => undefined;
  private reject: (error: unknown) => void = () => undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly review: Y.Doc) {
    this.loaded = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // Whoever awaits it sees the failure; nobody need.
    this.loaded.catch(() => undefined);
    review.on('beforeTransaction', this.guard);
  }

  get isLoaded(): boolean {
    return this.done;
  }

  arrived(state: Uint8Array, afterApply: () => void): void {
    this.state = state;
    this.afterApply = afterApply;
    if (this.wanted) this.apply();
  }

  failed(error: unknown): void {
    this.reject(error);
  }

  want(): void {
    this.wanted = true;
    if (this.state !== null) this.apply();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.review.off('beforeTransaction', this.guard);
    this.listeners.clear();
    this.state = null;
  }

  private apply(): void {
    const state = this.state;
    if (this.done || state === null) return;
    this.state = null;
    // Before anything listens for updates, as for the program (see the constructor).
    Y.applyUpdate(this.review, state, LOAD_ORIGIN);
    this.done = true;
    this.review.off('beforeTransaction', this.guard);
    this.afterApply();
    this.resolve();
    for (const listener of this.listeners) listener();
  }

  private readonly guard = (transaction: Y.Transaction) => {
    if (transaction.origin !== LOAD_ORIGIN)
      console.error(new Error('The review document was written to before it was loaded.'));
  };
}
