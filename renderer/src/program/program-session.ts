import type { Provider } from '@lexical/yjs';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { HostError } from '../../../shared/host-api';
import { checkDocument, migrate, rootOf } from '../../../shared/model';
import type { Host } from '../host';
import { LOAD_ORIGIN, LOCAL_ORIGIN, MIGRATION_ORIGIN } from './origins';
import { Saver } from './saver';

/**
 * One open program: its live Y.Doc (the only copy of the content in this window),
 * the undo history of this user's edits, and the saver that streams every change
 * to storage. Editors, planner and forms all read and write this one document.
 */
export class ProgramSession {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly saver: Saver;
  readonly undoManager: Y.UndoManager;
  /** What Lexical's Yjs binding needs from a provider; there is no network yet. */
  readonly provider: Provider;

  private constructor(
    readonly programId: string,
    host: Host,
  ) {
    this.saver = new Saver((updates) => host.documents.append(programId, updates));
    this.undoManager = new Y.UndoManager(rootOf(this.doc), { trackedOrigins: new Set([LOCAL_ORIGIN]) });
    this.provider = {
      awareness: this.awareness,
      connect: () => undefined,
      disconnect: () => undefined,
      on: () => undefined,
      off: () => undefined,
    } as unknown as Provider;
  }

  static async open(host: Host, programId: string): Promise<ProgramSession> {
    const state = await host.documents.load(programId);
    const session = new ProgramSession(programId, host);
    Y.applyUpdate(session.doc, state, LOAD_ORIGIN);
    const check = checkDocument(session.doc);
    if (!check.ok) {
      session.destroy();
      throw check.reason === 'newer-version'
        ? new HostError('newer-version', 'This program was saved by a newer version of Cotutor.')
        : new HostError('damaged', 'This program holds no readable content.');
    }
    session.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOAD_ORIGIN) session.saver.push(update);
    });
    migrate(session.doc, MIGRATION_ORIGIN);
    return session;
  }

  /** Lets edits made through a Lexical binding join this user's undo history. */
  trackOrigin(origin: unknown): () => void {
    this.undoManager.trackedOrigins.add(origin);
    return () => this.undoManager.trackedOrigins.delete(origin);
  }

  undo(): void {
    this.undoManager.undo();
  }

  redo(): void {
    this.undoManager.redo();
  }

  /** Saves what is pending, then lets go of the document. */
  async close(): Promise<void> {
    try {
      await this.saver.flush();
    } finally {
      this.destroy();
    }
  }

  private destroy(): void {
    this.saver.dispose();
    this.undoManager.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
