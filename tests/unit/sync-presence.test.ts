import { afterEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { presenceUserOf } from '../../renderer/src/features/presence/presence-user';
import { PeerList } from '../../renderer/src/sync/peer-list';
import {
  announcePlace,
  announceUser,
  initialsOf,
  readPeers,
  readPosition,
} from '../../renderer/src/sync/presence-state';
import type { Settings } from '../../shared/host-api/contract';

const settings = (userName: string, userColor = '#ad1457'): Settings => ({
  userId: '6f1c1a52-7f0e-4a55-9a47-2a5d3c1e9b10',
  appearance: 'system',
  paperSize: 'a4',
  language: 'system',
  homeTimeZone: 'system',
  showHomeTimes: false,
  userName,
  userColor,
});

describe('presence states', () => {
  it('reads the people in the program, sorted by name, without this window', () => {
    const states = new Map<number, Record<string, unknown>>([
      [
        1,
        {
          user: { name: 'Marieke de Vries', color: '#2f6fde' },
          place: { view: 'week', blockId: null },
        },
      ],
      [
        2,
        {
          user: { name: 'Aigerim Sultanova', color: '#0f766e' },
          place: { view: 'session', blockId: 'b1' },
          field: { id: 'b1:content' },
        },
      ],
      [3, { user: { name: 'Me', color: '#000000' } }],
    ]);
    expect(readPeers(states, 3)).toEqual([
      {
        clientId: 2,
        user: { name: 'Aigerim Sultanova', color: '#0f766e' },
        place: { view: 'session', blockId: 'b1' },
        fieldId: 'b1:content',
      },
      {
        clientId: 1,
        user: { name: 'Marieke de Vries', color: '#2f6fde' },
        place: { view: 'week', blockId: null },
        fieldId: null,
      },
    ]);
  });

  it('drops what another computer sent malformed: no name, a colour that is not #rrggbb, an unknown view', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, {}],
      [2, { user: { name: 'X', color: 'red; background: url(x)' } }],
      [3, { user: { name: 'x'.repeat(101), color: '#ffffff' } }],
      [
        4,
        { user: { name: 'Dana', color: '#ffffff' }, place: { view: 'admin' }, field: { id: 42 } },
      ],
    ]);
    expect(readPeers(states, 0)).toEqual([
      { clientId: 4, user: { name: 'Dana', color: '#ffffff' }, place: null, fieldId: null },
    ]);
  });

  it('accepts a cursor position only in the shape Yjs can resolve', () => {
    expect(
      readPosition({ type: { client: 1, clock: 2 }, tname: null, item: null, assoc: 0 }),
    ).not.toBeNull();
    expect(readPosition({ type: null, tname: null, item: null })).toBeNull();
    expect(readPosition({ item: { client: 'a', clock: 1 } })).toBeNull();
    expect(readPosition('cursor')).toBeNull();
  });

  it('makes initials from the first and last name, in any script', () => {
    expect(initialsOf('Aigerim Sultanova')).toBe('AS');
    expect(initialsOf('  Әлия   Нұрланқызы ')).toBe('ӘН');
    expect(initialsOf('Marieke van der Berg')).toBe('MB');
    expect(initialsOf('Dana')).toBe('D');
    expect(initialsOf('')).toBe('?');
  });

  it('shows the name and colour from the preferences, or the default name in a colour of its own', () => {
    expect(presenceUserOf(settings('Aigerim Sultanova'), 'Co-tutor', 7)).toEqual({
      name: 'Aigerim Sultanova',
      color: '#ad1457',
    });
    const fresh = [1, 2].map((clientId) =>
      presenceUserOf(settings('', '#2f6fde'), 'Co-tutor', clientId),
    );
    expect(fresh.map((user) => user.name)).toEqual(['Co-tutor', 'Co-tutor']);
    expect(fresh[0]?.color).not.toBe(fresh[1]?.color);
    expect(presenceUserOf(null, 'Co-tutor', 0).name).toBe('Co-tutor');
  });
});

describe('the list of people for the interface', () => {
  const docs: Y.Doc[] = [];
  afterEach(() => docs.splice(0).forEach((doc) => doc.destroy()));

  it('keeps its identity while only cursors move, and changes when someone moves to another session', () => {
    const doc = new Y.Doc();
    docs.push(doc);
    const awareness = new Awareness(doc);
    const other = new Awareness(new Y.Doc());
    docs.push(other.doc);
    const list = new PeerList(awareness);
    let notified = 0;
    list.subscribe(() => notified++);
    const receive = () => {
      awareness.states.set(other.clientID, other.getLocalState()!);
      awareness.emit('change', [{ added: [], updated: [other.clientID], removed: [] }, 'remote']);
    };
    announceUser(other, { name: 'Aigerim Sultanova', color: '#0f766e' });
    announcePlace(other, { view: 'session', blockId: 'b1' });
    receive();
    const before = list.getPeers();
    expect(before).toHaveLength(1);

    other.setLocalStateField('field', { id: 'b1:content', anchor: null, focus: null });
    receive();
    other.setLocalStateField('field', {
      id: 'b1:content',
      anchor: { type: { client: 1, clock: 3 } },
      focus: null,
    });
    receive();
    expect(notified).toBe(2);

    announcePlace(other, { view: 'session', blockId: 'b2' });
    receive();
    expect(notified).toBe(3);
    expect(list.getPeers()[0]?.place?.blockId).toBe('b2');
  });
});
