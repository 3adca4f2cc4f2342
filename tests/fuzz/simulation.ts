import * as Y from 'yjs';

import { programProblems } from '../../shared/model/invariants';
import { repairPlacements } from '../../shared/model/mutations/program';
import { reviewRootOf } from '../../shared/review/layout';
import { type Failure, problemKind } from './checks';
import type { Setup } from './fixture';
import { idContext } from './ids';
import type { Edit } from './ops';
import { LOCAL } from './ops/edit';
import { trackUndo } from './ops/undo';
import { addReviewer, authorOf } from './review';
import type { Direction } from './sync/connection';
import { Network } from './sync/network';

/**
 * The program's room and its review document's room: two documents, each synced
 * over a connection of its own (as the app's two providers do), so one can be
 * offline while the other is not.
 */
export type Room = 'program' | 'review';

/** One step of a run: everything that happens is one of these, so a run can be replayed and shrunk. */
export type Event =
  | { kind: 'edit'; client: number; context: string; edit: Edit }
  | { kind: 'deliver'; room: Room; client: number; direction: Direction; count: number }
  | { kind: 'disconnect'; room: Room; client: number; up: number; down: number }
  | { kind: 'connect'; room: Room; client: number };

/** Repairs are not the user's edits: their own origin keeps them out of the undo history. */
const REPAIR = Symbol('repair');

/** The clients, the server and the network of one run, driven by events. */
export class Simulation {
  readonly network: Network;
  /** The review documents' room; a new program's review document starts empty. */
  readonly review: Network;
  readonly failures: Failure[] = [];
  /** Every thread id any client's review document ever held: none may be lost. */
  readonly threads = new Set<string>();
  /** Repairs that wrote something: how often concurrency left a block on a removed day. */
  repairs = 0;

  /** `undo`: give every client an undo history (as the app does), for undo and redo edits. */
  constructor(setup: Setup, undo: boolean) {
    this.network = new Network(setup.online.length);
    this.review = new Network(setup.online.length);
    this.network.clients.forEach((client, index) => {
      addReviewer(client.doc, { review: this.review.client(index).doc, author: authorOf(index) });
    });
    for (const client of this.network.clients) {
      // Applied before connecting, so nothing is sent: everyone simply starts here.
      Y.applyUpdate(client.doc, setup.program);
      if (undo) trackUndo(client.doc);
      client.doc.on('afterTransaction', (transaction: Y.Transaction) =>
        this.afterTransaction(client.doc, transaction.origin),
      );
    }
    if (setup.serverHasProgram) Y.applyUpdate(this.network.server.doc, setup.program);
    setup.online.forEach((online, index) => {
      if (online) this.network.connect(index);
      if (online) this.review.connect(index);
    });
  }

  room(room: Room): Network {
    return room === 'program' ? this.network : this.review;
  }

  /**
   * What the app must do (repairPlacements says why): repair after changes that
   * are not this user's edits (from the server, or undone); the server does not.
   */
  private afterTransaction(doc: Y.Doc, origin: unknown): void {
    if (origin !== LOCAL && origin !== REPAIR && repairPlacements(doc, REPAIR)) this.repairs++;
  }

  doc(client: number): Y.Doc {
    return this.network.client(client).doc;
  }

  apply(event: Event): void {
    switch (event.kind) {
      case 'edit':
        return this.edit(event.client, event.context, event.edit);
      case 'deliver':
        return this.room(event.room).deliver(event.client, event.direction, event.count);
      case 'disconnect':
        return this.room(event.room).disconnect(event.client, event.up, event.down);
      case 'connect':
        return this.room(event.room).connect(event.client);
    }
  }

  /**
   * Applies a user's edit, which must not make the replica less sound: no repair
   * may hide a mutation's bug. (A replica can be unsound for a while before it,
   * without anyone's fault: a relay forwards a deletion at once but holds back
   * what the same update inserts until the sender's earlier updates arrive.)
   */
  private edit(client: number, context: string, edit: Edit): void {
    const doc = this.doc(client);
    const before = new Set(programProblems(doc));
    // The same ids as when the edit was first made (ids.ts).
    idContext(context);
    try {
      edit.apply(doc);
    } catch (error) {
      this.failures.push({ kind: 'edit threw', detail: `${edit.label}: ${String(error)}` });
    }
    for (const id of reviewRootOf(this.review.client(client).doc, 'threads').keys())
      this.threads.add(id);
    for (const problem of programProblems(doc)) {
      if (!before.has(problem)) {
        this.failures.push({
          kind: `an edit broke: ${problemKind(problem)}`,
          detail: `${edit.label}: ${problem}`,
        });
      }
    }
  }
}

export function describeEvent(event: Event): string {
  switch (event.kind) {
    case 'edit':
      return `c${event.client} ${event.context}: ${event.edit.label}`;
    case 'deliver':
      return `deliver ${event.room} ${event.direction === 'up' ? `c${event.client} → server` : `server → c${event.client}`} ×${event.count}`;
    case 'disconnect':
      return `c${event.client} offline in ${event.room} (in flight that still arrives: → server ${event.up}, → client ${event.down})`;
    case 'connect':
      return `c${event.client} online in ${event.room}`;
  }
}
