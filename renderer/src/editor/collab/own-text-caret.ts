import type { Provider, ProviderAwareness, UserState } from '@lexical/yjs';
import {
  compareRelativePositions,
  createAbsolutePositionFromRelativePosition,
  createRelativePositionFromTypeIndex,
  type Doc,
  type RelativePosition,
} from 'yjs';

/**
 * The provider Lexical's binding is given, with an awareness that keeps the
 * local caret after the text its user just typed.
 *
 * After every remote change Lexical puts the local selection back where the
 * awareness' relative positions resolve to. It creates a collapsed caret's
 * position with Yjs' default association, to the character *after* the caret,
 * or to "the end of the paragraph" when nothing follows. When a co-tutor types
 * at the same place, their text lands before that character (or at that end),
 * so the caret is carried past it: the next keystroke goes after the other
 * person's letter instead of one's own, and two sentences typed together end up
 * shuffled letter by letter. Associated to the character *before* it (assoc
 * -1), the caret stays after one's own last letter, every keystroke extends
 * one's own run, and Yjs keeps each run whole.
 *
 * A selection that is not collapsed keeps Lexical's positions: each end is
 * already associated with the selected character it should follow.
 */
export function withOwnTextCaret(provider: Provider, doc: Doc): Provider {
  return {
    awareness: ownTextCaretAwareness(provider.awareness, doc),
    connect: () => provider.connect(),
    disconnect: () => provider.disconnect(),
    // Lexical declares on/off as one overload per event; a single forwarding
    // function matches them all only with parameters it never inspects.
    on: (type: never, listener: never) => provider.on(type, listener),
    off: (type: never, listener: never) => provider.off(type, listener),
  };
}

function ownTextCaretAwareness(awareness: ProviderAwareness, doc: Doc): ProviderAwareness {
  return {
    getLocalState: () => awareness.getLocalState(),
    getStates: () => awareness.getStates(),
    on: (type, listener) => awareness.on(type, listener),
    off: (type, listener) => awareness.off(type, listener),
    setLocalState: (state) => {
      const next = state === null ? null : withCaretAfterOwnText(state, doc);
      // Lexical writes whenever its own (right-associated) positions differ from
      // the stored ones, which after this rewrite is after every local update:
      // storing a caret that is already there would send an awareness message
      // for nothing each time.
      const current = awareness.getLocalState();
      if (next !== null && current !== null && sameUser(current, next)) return;
      awareness.setLocalState(next);
    },
    setLocalStateField: (field, value) => awareness.setLocalStateField(field, value),
  };
}

function withCaretAfterOwnText(state: UserState, doc: Doc): UserState {
  // A state Lexical has not written to yet may lack the positions altogether.
  const anchorPos = state.anchorPos ?? null;
  const focusPos = state.focusPos ?? null;
  if (anchorPos === null || focusPos === null) return state;
  if (!compareRelativePositions(anchorPos, focusPos)) return state;
  const caret = leftAssociated(anchorPos, doc);
  return { ...state, anchorPos: caret, focusPos: caret };
}

/** The same place, now bound to the character before it (or to the start of its type). */
function leftAssociated(position: RelativePosition, doc: Doc): RelativePosition {
  if (position.assoc < 0) return position;
  const absolute = createAbsolutePositionFromRelativePosition(position, doc);
  if (absolute === null) return position;
  return createRelativePositionFromTypeIndex(absolute.type, absolute.index, -1);
}

function sameUser(a: UserState, b: UserState): boolean {
  if (!samePosition(a.anchorPos, b.anchorPos) || !samePosition(a.focusPos, b.focusPos))
    return false;
  // Every other part of the state (name, colour, focus, awareness data) must be
  // equal too, or a change to it would be swallowed with the caret. Lexical
  // builds these parts afresh on each write, so they are compared by value.
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('anchorPos');
  keys.delete('focusPos');
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return [...keys].every((key) => JSON.stringify(left[key]) === JSON.stringify(right[key]));
}

function samePosition(
  a: RelativePosition | null | undefined,
  b: RelativePosition | null | undefined,
): boolean {
  if (a == null || b == null) return (a ?? null) === (b ?? null);
  return compareRelativePositions(a, b);
}
