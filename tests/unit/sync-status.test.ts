import { ObservableV2 } from 'lib0/observable';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

import { ProgramSync } from '../../renderer/src/sync/program-sync';
import { SyncTracker } from '../../renderer/src/sync/sync-status';
import type { ProgramSharing } from '../../shared/host-api/contract';

const SHARING: ProgramSharing = {
  serverUrl: 'wss://sync.example.org',
  key: 'k'.repeat(22),
  invite: 'cotutor://join/…',
  keySince: '2026-11-01T09:00:00.000Z',
  role: 'owner',
};

describe('the sync status', () => {
  it('is local, with nothing pending, for a program that is not shared', () => {
    const tracker = new SyncTracker();
    tracker.localChange();
    tracker.status('disconnected');
    expect(tracker.getState()).toEqual({ phase: 'local', pending: 0, server: null });
  });

  it('goes from connecting to synced, and counts nothing while synced', () => {
    const tracker = new SyncTracker();
    tracker.reset('wss://a');
    tracker.status('connecting');
    tracker.status('connected');
    expect(tracker.getState().phase).toBe('connecting');
    tracker.synced(true);
    tracker.localChange();
    expect(tracker.getState()).toEqual({ phase: 'synced', pending: 0, server: 'wss://a' });
  });

  it('counts changes made offline and clears them once the server has synced again', () => {
    const tracker = new SyncTracker();
    tracker.reset('wss://a');
    tracker.status('connected');
    tracker.synced(true);
    tracker.status('disconnected');
    tracker.synced(false);
    tracker.localChange();
    tracker.localChange();
    expect(tracker.getState()).toMatchObject({ phase: 'offline', pending: 2 });

    tracker.status('connecting');
    tracker.status('connected');
    tracker.localChange();
    expect(tracker.getState()).toMatchObject({ phase: 'connecting', pending: 3 });
    tracker.synced(true);
    expect(tracker.getState()).toMatchObject({ phase: 'synced', pending: 0 });
  });

  it('stays offline through the retries while the server cannot be reached', () => {
    const tracker = new SyncTracker();
    tracker.reset('wss://a');
    tracker.status('connecting');
    tracker.connectionClosed();
    for (let attempt = 0; attempt < 3; attempt++) {
      tracker.status('connecting');
      expect(tracker.getState().phase).toBe('offline');
      tracker.connectionClosed();
    }
  });

  it('says the key was refused, and stays so through later attempts, until a connection is accepted', () => {
    const tracker = new SyncTracker();
    tracker.reset('wss://a');
    tracker.status('connected');
    tracker.synced(true);
    tracker.status('disconnected');
    tracker.refused(4403);
    tracker.localChange();
    tracker.status('connecting');
    tracker.connectionClosed();
    expect(tracker.getState()).toMatchObject({ phase: 'refused', pending: 1 });
    tracker.status('connected');
    expect(tracker.getState().phase).toBe('connecting');
  });

  it('tells a room the server will not let grow from a refused key, and keeps saying so', () => {
    const tracker = new SyncTracker();
    tracker.reset('wss://a');
    tracker.status('connected');
    tracker.synced(true);
    tracker.localChange();
    tracker.status('disconnected');
    tracker.refused(4413);
    tracker.connectionClosed();
    tracker.status('connecting');
    expect(tracker.getState()).toMatchObject({ phase: 'full' });
    tracker.reset('wss://a');
    tracker.refused(4410);
    expect(tracker.getState().phase).toBe('refused');
  });
});

/** Stands in for y-websocket's provider: the events it emits and the origin of what it applies. */
class FakeProvider extends ObservableV2<{
  status: (event: { status: string }) => void;
  sync: (synced: boolean) => void;
  'connection-close': () => void;
}> {
  connected = false;
  connect() {
    this.connected = true;
    this.emit('status', [{ status: 'connecting' }]);
  }
  disconnect() {
    if (this.connected) this.emit('status', [{ status: 'disconnected' }]);
    this.connected = false;
  }
  online() {
    this.emit('status', [{ status: 'connected' }]);
    this.emit('sync', [true]);
  }
}

describe('the changes not yet synced', () => {
  const docs: Y.Doc[] = [];
  afterEach(() => docs.splice(0).forEach((doc) => doc.destroy()));

  /** A shared program and its review document, each synced through a fake provider of its own room. */
  function syncedProgram() {
    const doc = new Y.Doc();
    const review = new Y.Doc();
    docs.push(doc, review);
    const providers = new Map<string, FakeProvider[]>();
    const sync = new ProgramSync('p', doc, new Awareness(doc), review, {
      notEdits: ['loaded'],
      createProvider: ({ room }) => {
        const provider = new FakeProvider();
        providers.set(room, [...(providers.get(room) ?? []), provider]);
        return provider as unknown as WebsocketProvider;
      },
    });
    sync.setSharing(SHARING);
    sync.acquire();
    const latest = (room: string) => providers.get(room)!.at(-1)!;
    return {
      doc,
      review,
      sync,
      provider: () => latest('p'),
      reviewProvider: () => latest('p.review'),
    };
  }

  it('are this user’s edits made while offline; changes from the server and loading do not count', () => {
    const { doc, sync, provider } = syncedProgram();
    provider().disconnect();
    doc.getMap('m').set('a', 1);
    doc.transact(() => doc.getMap('m').set('b', 2), 'loaded');
    doc.transact(() => doc.getMap('m').set('c', 3), provider());
    expect(sync.tracker.getState()).toMatchObject({ phase: 'offline', pending: 1 });
    sync.close();
  });

  it('go back to 0 when the provider reports synced after reconnecting', () => {
    const { doc, sync, provider, reviewProvider } = syncedProgram();
    reviewProvider().online();
    provider().disconnect();
    doc.getMap('m').set('a', 1);
    doc.getMap('m').set('a', 2);
    expect(sync.tracker.getState().pending).toBe(2);
    provider().connect();
    provider().online();
    expect(sync.tracker.getState()).toMatchObject({ phase: 'synced', pending: 0 });
    sync.close();
  });

  it('count the review document’s changes too, and say Synced only when both rooms are', () => {
    const { review, sync, provider, reviewProvider } = syncedProgram();
    provider().online();
    reviewProvider().disconnect();
    expect(sync.tracker.getState().phase).toBe('offline');
    review.getMap('threads').set('t1', 'a comment');
    review.transact(() => review.getMap('threads').set('t2', 'from a co-tutor'), reviewProvider());
    expect(sync.tracker.getState()).toMatchObject({ phase: 'offline', pending: 1 });
    reviewProvider().connect();
    reviewProvider().online();
    expect(sync.tracker.getState()).toMatchObject({ phase: 'synced', pending: 0 });
    sync.close();
  });

  it('start over with a new provider when the key is rotated, and disappear when sharing stops', () => {
    const { doc, sync, provider, reviewProvider } = syncedProgram();
    const first = provider();
    first.disconnect();
    doc.getMap('m').set('a', 1);
    sync.setSharing({ ...SHARING, key: 'n'.repeat(22) });
    expect(provider()).not.toBe(first);
    expect(provider().connected).toBe(true);
    expect(reviewProvider().connected).toBe(true);
    expect(sync.tracker.getState()).toMatchObject({ phase: 'connecting', pending: 0 });
    sync.setSharing(null);
    expect(sync.tracker.getState()).toEqual({ phase: 'local', pending: 0, server: null });
    expect([sync.program.shared.current, sync.review.shared.current]).toEqual([null, null]);
    sync.close();
  });
});
