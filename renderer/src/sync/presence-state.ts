import type { Awareness } from 'y-protocols/awareness';
import { createRelativePositionFromJSON, type RelativePosition } from 'yjs';

/**
 * What each window tells the others through the awareness protocol, beside the
 * document: who the user is, where in the program they are, and the rich-text
 * field they are typing in with their cursor there. One state per window:
 *
 *   { user: { name, color }, place: { view, blockId }, field: { id, anchor, focus } | null }
 *
 * Remote states come from other people's computers, so they are read
 * defensively: anything malformed is dropped, never shown or trusted.
 */

export type PresenceView = 'week' | 'settings' | 'session';

export type PresenceUser = { name: string; color: string };
export type PresencePlace = { view: PresenceView; blockId: string | null };
/** Cursor positions are Yjs relative positions (null while the field has no selection yet). */
export type PresenceField = {
  id: string;
  anchor: RelativePosition | null;
  focus: RelativePosition | null;
};

export type Peer = {
  clientId: number;
  user: PresenceUser;
  place: PresencePlace | null;
  /** The field this person is typing in, if any. */
  fieldId: string | null;
};

export const USER_KEY = 'user';
export const PLACE_KEY = 'place';
export const FIELD_KEY = 'field';

const MAX_NAME_LENGTH = 100;
const MAX_ID_LENGTH = 200;
const COLOR = /^#[0-9a-f]{6}$/i;
const VIEWS: readonly string[] = ['week', 'settings', 'session'] satisfies PresenceView[];

type State = Record<string, unknown>;

function isRecord(value: unknown): value is State {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

export function readUser(state: State): PresenceUser | null {
  const user = state[USER_KEY];
  if (!isRecord(user) || !shortString(user.name, MAX_NAME_LENGTH)) return null;
  if (typeof user.color !== 'string' || !COLOR.test(user.color)) return null;
  return { name: user.name, color: user.color };
}

export function readPlace(state: State): PresencePlace | null {
  const place = state[PLACE_KEY];
  if (!isRecord(place) || typeof place.view !== 'string' || !VIEWS.includes(place.view))
    return null;
  const blockId = shortString(place.blockId, MAX_ID_LENGTH) ? place.blockId : null;
  return { view: place.view as PresenceView, blockId };
}

export function readField(state: State): PresenceField | null {
  const field = state[FIELD_KEY];
  if (!isRecord(field) || !shortString(field.id, MAX_ID_LENGTH)) return null;
  return { id: field.id, anchor: readPosition(field.anchor), focus: readPosition(field.focus) };
}

function readId(value: unknown): { client: number; clock: number } | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isRecord(value) || !Number.isSafeInteger(value.client) || !Number.isSafeInteger(value.clock))
    return undefined;
  return { client: value.client as number, clock: value.clock as number };
}

/**
 * A relative position as it travels (JSON), checked before Yjs resolves it: a
 * malformed one would make Yjs throw inside the editor's update.
 */
export function readPosition(value: unknown): RelativePosition | null {
  if (!isRecord(value)) return null;
  const type = readId(value.type);
  const item = readId(value.item);
  const tname = typeof value.tname === 'string' ? value.tname : null;
  const assoc = typeof value.assoc === 'number' && Number.isFinite(value.assoc) ? value.assoc : 0;
  if (
    type === undefined ||
    item === undefined ||
    (type === null && item === null && tname === null)
  )
    return null;
  return createRelativePositionFromJSON({ type, tname, item, assoc });
}

/** The other windows in the program with a readable state, in a stable order. */
export function readPeers(states: ReadonlyMap<number, State>, localClientId: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === localClientId || !isRecord(state)) continue;
    const user = readUser(state);
    if (user === null) continue;
    peers.push({ clientId, user, place: readPlace(state), fieldId: readField(state)?.id ?? null });
  }
  return peers.sort((a, b) => a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId);
}

/** Tells the others who this user is (name and colour from the preferences). */
export function announceUser(awareness: AwarenessLike, user: PresenceUser): void {
  if (awareness.getLocalState() !== null) awareness.setLocalStateField(USER_KEY, user);
}

/** Tells the others which view and session this window shows. */
export function announcePlace(awareness: AwarenessLike, place: PresencePlace): void {
  if (awareness.getLocalState() !== null) awareness.setLocalStateField(PLACE_KEY, place);
}

type AwarenessLike = Pick<Awareness, 'getLocalState' | 'setLocalStateField'>;

/** "Aigerim Sultanova" → "AS"; one name gives one letter; any script. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (first === undefined) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (word: string) => Array.from(word)[0]?.toLocaleUpperCase() ?? '';
  return letter(first) + (last === undefined ? '' : letter(last));
}
