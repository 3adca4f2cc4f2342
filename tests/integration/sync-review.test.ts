import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { LOCAL_ORIGIN } from '../../renderer/src/program/origins';
import type { ProgramSession } from '../../renderer/src/program/program-session';
import { setBlockField } from '../../shared/model/mutations/blocks';
import { roomNameOf, roomUrl } from '../../shared/sync/room';
import { openSharedByTwo } from '../support/sync-sessions';
import { type ProjectServer, projectServer } from './fixtures/project-server';
import { newRoomKey, postRoomKey, waitUntil } from './fixtures/sync-clients';
import { openRawSocket } from './fixtures/sync-raw-client';

/** What a window writes in its review document; the sync never looks inside it. */
const notesOf = (session: ProgramSession) => session.review.getMap<string>('notes');

const note = (session: ProgramSession, key: string, text: string): void =>
  session.review.transact(() => void notesOf(session).set(key, text), LOCAL_ORIGIN);

/** The notes in key order: each replica lists a map's keys in the order they reached it. */
const notesIn = (session: ProgramSession): string =>
  JSON.stringify([...notesOf(session).entries()].sort(([x], [y]) => x.localeCompare(y)));

const sameReview = (a: ProgramSession, b: ProgramSession): boolean => notesIn(a) === notesIn(b);

describe('the review document through the project’s sync server', () => {
  let server: ProjectServer;
  const open: ProgramSession[] = [];

  beforeEach(async () => {
    server = await projectServer();
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((session) => session.close()));
    await server.close();
  });

  async function syncedPair() {
    const pair = await openSharedByTwo(server, open);
    await pair.b.contentArrived;
    await waitUntil(
      () =>
        pair.a.sync.tracker.getState().phase === 'synced' &&
        pair.b.sync.tracker.getState().phase === 'synced',
      'both synced',
    );
    return pair;
  }

  it('carries a change in A’s review document to B, who stores it, in a room of its own', async () => {
    const { a, b, bHost } = await syncedPair();
    note(a, 'day-1', 'The lead-in needs a picture');
    await waitUntil(() => notesOf(b).get('day-1') === 'The lead-in needs a picture', 'B sees it');
    await b.saver.flush();
    const stored = new Y.Doc();
    for (const update of bHost.reviewAppended) Y.applyUpdate(stored, update);
    expect(stored.getMap('notes').get('day-1')).toBe('The lead-in needs a picture');
    // The program document never carried it.
    expect(a.doc.share.has('notes')).toBe(false);
    expect(b.doc.share.has('notes')).toBe(false);
  });

  it('counts review changes not yet synced, and merges what both wrote offline on reconnect', async () => {
    const { a, b, blockIds } = await syncedPair();
    a.sync.setOnline(false);
    expect(a.sync.tracker.getState().phase).toBe('offline');
    note(a, 'from-a', 'Shorten day 2');
    note(a, 'shared', 'A’s wording');
    setBlockField(a.doc, blockIds[0]!, 'durationMin', 75, LOCAL_ORIGIN);
    note(b, 'from-b', 'Add a site visit');
    expect(a.sync.tracker.getState()).toMatchObject({ phase: 'offline', pending: 3 });

    a.sync.setOnline(true);
    await waitUntil(
      () => a.sync.tracker.getState().phase === 'synced' && sameReview(a, b),
      'both reviews converged',
    );
    expect(a.sync.tracker.getState().pending).toBe(0);
    expect(notesOf(b).toJSON()).toEqual({
      'from-a': 'Shorten day 2',
      shared: 'A’s wording',
      'from-b': 'Add a site visit',
    });
  });

  it('refuses a wrong key for the review room as for the program room', async () => {
    const { sharing, a } = await syncedPair();
    const { programId } = a;
    for (const part of ['program', 'review'] as const) {
      const room = roomNameOf(programId, part);
      const wrong = openRawSocket(roomUrl(server.url, room, newRoomKey()));
      expect(await wrong.outcome, part).toEqual({ opened: false, status: 403 });
      expect(wrong.messages).toEqual([]);
      const right = openRawSocket(roomUrl(server.url, room, sharing.key));
      expect(await right.outcome, part).toEqual({ opened: true });
      right.socket.close();
      await right.closed;
    }
    // A room name that only looks like a review room names no program.
    const bogus = openRawSocket(roomUrl(server.url, `${programId}.reviews`, sharing.key));
    expect(await bogus.outcome).toEqual({ opened: false, status: 404 });
  });

  it('closes both rooms when the key is rotated', async () => {
    const { a } = await syncedPair();
    const rotated = await postRoomKey(server.url, a.programId, {
      ownerSecret: server.ownerSecretOf(a.programId),
      newKey: newRoomKey(),
    });
    expect(rotated.status).toBe(200);
    await waitUntil(
      () =>
        a.sync.program.tracker.getState().phase === 'refused' &&
        a.sync.review.tracker.getState().phase === 'refused',
      'both rooms refuse the old key',
    );
    expect(a.sync.tracker.getState().phase).toBe('refused');
  });

  it('keeps presence on the program room: nobody shows up in the review room', async () => {
    const { a, b } = await syncedPair();
    note(a, 'seen', 'yes');
    await waitUntil(() => notesOf(b).get('seen') === 'yes', 'B sees A’s note');
    for (const session of [a, b]) {
      expect(session.sync.review.shared.current?.awareness.getStates().size).toBe(0);
    }
    expect(a.sync.program.shared.current?.awareness.getStates().size).toBeGreaterThan(0);
  });
});
