import type { Provider, UserState } from '@lexical/yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { withOwnTextCaret } from '../../renderer/src/editor/collab/own-text-caret';
import { FieldAwareness } from '../../renderer/src/sync/field-awareness';
import { fieldProvider } from '../../renderer/src/sync/field-provider';
import { announceUser } from '../../renderer/src/sync/presence-state';
import { SharedProvider } from '../../renderer/src/sync/shared-provider';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((cleanup) => cleanup()),
);

/** A focused field holding "Participants compare", its awareness as Lexical sees it, and the messages it sends. */
function focusedField() {
  const doc = new Y.Doc();
  const text = doc.getText('cognition');
  text.insert(0, 'Participants compare');
  const awareness = new Awareness(doc);
  cleanups.push(() => awareness.destroy());
  announceUser(awareness, { name: 'Marieke Verhoeven', color: '#0f766e' });
  const view = new FieldAwareness(awareness, 'block-1:cognition');
  view.focus();
  const provider = withOwnTextCaret(fieldProvider(new SharedProvider(), view) as Provider, doc);
  const messages = { count: 0 };
  awareness.on('update', () => (messages.count += 1));
  /** Writes a selection the way Lexical does, positions created with the given associations. */
  const select = (anchor: number, focus: number, anchorAssoc = 0, focusAssoc = 0) => {
    const state = provider.awareness.getLocalState() as UserState;
    provider.awareness.setLocalState({
      ...state,
      anchorPos: Y.createRelativePositionFromTypeIndex(text, anchor, anchorAssoc),
      focusPos: Y.createRelativePositionFromTypeIndex(text, focus, focusAssoc),
    });
  };
  const stored = () => provider.awareness.getLocalState() as UserState;
  const indexOf = (position: Y.RelativePosition | null) =>
    position === null ? null : Y.createAbsolutePositionFromRelativePosition(position, doc)?.index;
  return { text, select, stored, indexOf, messages, provider };
}

describe('the caret Lexical stores for a field', () => {
  it('is bound to the letter before it, so another person typing there does not carry it along', () => {
    const field = focusedField();
    field.select(13, 13);
    expect(field.stored().anchorPos?.assoc).toBe(-1);
    expect(field.indexOf(field.stored().anchorPos)).toBe(13);
    // Someone else types at the same place: the caret stays after "Participants ".
    field.text.insert(13, 'and rank ');
    expect(field.indexOf(field.stored().anchorPos)).toBe(13);
    expect(field.indexOf(field.stored().focusPos)).toBe(13);
  });

  it('at the very start of the field stays at the start', () => {
    const field = focusedField();
    field.select(0, 0);
    field.text.insert(0, 'All ');
    expect(field.indexOf(field.stored().anchorPos)).toBe(0);
  });

  it('is not sent again when it has not moved', () => {
    const field = focusedField();
    field.select(13, 13);
    const sent = field.messages.count;
    field.select(13, 13);
    expect(field.messages.count).toBe(sent);
    field.select(14, 14);
    expect(field.messages.count).toBe(sent + 1);
  });

  it('is sent when something beside the caret changed, such as the awareness data', () => {
    const field = focusedField();
    field.select(13, 13);
    const sent = field.messages.count;
    const state = field.stored();
    field.provider.awareness.setLocalState({ ...state, awarenessData: { reading: 'stage 2' } });
    expect(field.messages.count).toBe(sent + 1);
  });

  it('keeps a selection’s ends as Lexical binds them', () => {
    const field = focusedField();
    field.select(0, 12, 0, -1);
    expect(field.stored().anchorPos?.assoc).toBe(0);
    expect(field.stored().focusPos?.assoc).toBe(-1);
    expect([
      field.indexOf(field.stored().anchorPos),
      field.indexOf(field.stored().focusPos),
    ]).toEqual([0, 12]);
  });
});
