import type { ProviderAwareness, UserState } from '@lexical/yjs';
import type { Awareness } from 'y-protocols/awareness';

import { FIELD_KEY, type PresenceField, readField, readUser } from './presence-state';

type Listener = () => void;

/**
 * One rich-text field's window onto the program's awareness, in the shape
 * Lexical's Yjs binding reads and writes (name, colour, focusing, anchorPos,
 * focusPos).
 *
 * Every editor of a window shares one awareness state, so without this view
 * every binding would write its selection into the same place and draw every
 * remote cursor in every field. The view writes cursor positions only while its
 * field has focus, tagged with the field's id, and shows only the remote states
 * tagged with this field.
 */
export class FieldAwareness implements ProviderAwareness {
  private focused = false;

  constructor(
    private readonly awareness: Awareness,
    readonly fieldId: string,
  ) {}

  get hasFocus(): boolean {
    return this.focused;
  }

  /** The field got focus: from now on its selection is this user's cursor. */
  focus(): void {
    this.focused = true;
    const field = this.localField();
    if (field?.id !== this.fieldId)
      this.writeField({ id: this.fieldId, anchor: null, focus: null });
  }

  /** The field lost focus: its cursor disappears for the others. */
  blur(): void {
    this.focused = false;
    if (this.localField()?.id === this.fieldId) this.writeField(null);
  }

  getLocalState(): UserState | null {
    const state = this.awareness.getLocalState();
    if (state === null) return null;
    const field = readField(state);
    const here = field !== null && field.id === this.fieldId;
    const user = readUser(state);
    return userState(user?.name ?? '', user?.color ?? '', here ? field : null, here);
  }

  /** Lexical writes its selection here; it reaches the others only while the field has focus. */
  setLocalState(state: UserState | null): void {
    if (state === null || !this.focused) return;
    this.writeField({
      id: this.fieldId,
      anchor: state.anchorPos ?? null,
      focus: state.focusPos ?? null,
    });
  }

  setLocalStateField(field: string, value: unknown): void {
    if (field !== 'anchorPos' && field !== 'focusPos') return;
    const current = this.getLocalState();
    if (current !== null) this.setLocalState({ ...current, [field]: value });
  }

  /** The other windows whose cursor is in this field; nobody else. */
  getStates(): Map<number, UserState> {
    const states = new Map<number, UserState>();
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId === this.awareness.clientID) continue;
      const field = readField(state);
      const user = readUser(state);
      if (field === null || field.id !== this.fieldId || user === null) continue;
      states.set(clientId, userState(user.name, user.color, field, true));
    }
    return states;
  }

  /** Lexical listens for 'update'; a change of content is enough (not the 15-second renewals). */
  on(_type: 'update', listener: Listener): void {
    this.awareness.on('change', listener);
  }

  off(_type: 'update', listener: Listener): void {
    this.awareness.off('change', listener);
  }

  private localField() {
    const state = this.awareness.getLocalState();
    return state === null ? null : readField(state);
  }

  private writeField(field: PresenceField | null): void {
    if (this.awareness.getLocalState() === null) return;
    this.awareness.setLocalStateField(FIELD_KEY, field);
  }
}

function userState(
  name: string,
  color: string,
  field: PresenceField | null,
  focusing: boolean,
): UserState {
  return {
    name,
    color,
    focusing,
    anchorPos: field?.anchor ?? null,
    focusPos: field?.focus ?? null,
    awarenessData: {},
  };
}
