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
  /** Comments, versions, approvals and deletions (shared/review/layout.ts), apart from the program. */
  readonly review = new Y.Doc();
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

  private constructor(
    readonly programId: string,
    host: Host,
    /** Opening found the program's file damaged: what could be read is here, the file as it was is kept. */
    readonly recovery: DamageRecovery | null,
    state: { program: Uint8Array; review: Uint8Array },
  ) {
    // Before anything listens: with an 'update' listener, Yjs would encode the
    // whole loaded program again only to announce a change nobody needs (about as
    // long as decoding it, on the large program).
    Y.applyUpdate(this.doc, state.program, LOAD_ORIGIN);
    Y.applyUpdate(this.review, state.review, LOAD_ORIGIN);
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
    session.review.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOAD_ORIGIN) session.saver.review.push(update);
    });
    migrateThreads(session.review, MIGRATION_ORIGIN);
    if (awaiting) session.waitForContent();
    else migrate(session.doc, MIGRATION_ORIGIN);
    session.repairAfterForeignChanges();
    session.sync.setSharing(sharing);
    session.releaseConnection = session.sync.acquire();
    return session;
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
