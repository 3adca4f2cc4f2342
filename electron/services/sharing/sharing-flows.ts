import type { ProgramSharing, ProgramSummary } from '../../../shared/host-api/contract';
import { HostError, type HostErrorCode } from '../../../shared/host-api/errors';
import { formatInvite, type Invite, inviteSchema, parseInvite } from '../../../shared/sync/invite';
import type { Storage } from '../storage/storage';
import { newRoomKey } from './room-key';
import type { RoomKeyClient } from './room-key-client';
import { normalizeServerAddress } from './server-address';
import type { SharingStore } from './sharing-store';

/**
 * What Share, Rotate key, Stop and Join do. The caller (host/sharing.ts) runs
 * the calls for one program one after another, so two of them never interleave
 * their server requests and store writes.
 */
export type SharingContext = {
  storage: Storage;
  store: SharingStore;
  rooms: RoomKeyClient;
};

export function sharingOf(context: SharingContext, id: string): ProgramSharing | null {
  const stored = context.store.get(id);
  if (stored === null) return null;
  const title = context.storage.summary(id)?.title ?? context.storage.trashed(id)?.title;
  // An invite's title is a courtesy; one too long for an invite is left out rather than cut.
  const fits = title !== undefined && inviteSchema.shape.title.safeParse(title).success;
  const invite = formatInvite({
    server: stored.serverUrl,
    programId: id,
    key: stored.key,
    ...(fits ? { title } : {}),
  });
  return { ...stored, invite };
}

/** Registers a new key for the program on the server; sharing again on the same server changes nothing. */
export async function shareProgram(
  context: SharingContext,
  id: string,
  serverAddress: string,
): Promise<ProgramSharing> {
  const { storage, store, rooms } = context;
  const server = normalizeServerAddress(serverAddress);
  const summary = storage.summary(id);
  if (summary === undefined)
    throw new HostError('not-found', {}, `There is no program ${id} in the library`);
  const current = store.get(id);
  if (current?.serverUrl === server) return sharingOrFail(context, id);
  if (summary.awaitingSync) {
    throw new HostError('not-arrived', {}, `${id} has not arrived from its sync server`);
  }
  const key = store.pending(id, server) ?? newRoomKey();
  await sendKey(store, id, { serverUrl: server, key }, () => rooms.register(server, id, key));
  return sharingOrFail(context, id);
}

/** Replaces the program's key on its server: invites holding the old key stop working. */
export async function rotateRoomKey(context: SharingContext, id: string): Promise<ProgramSharing> {
  const { store, rooms } = context;
  const current = store.get(id);
  if (current === null) {
    throw new HostError(
      'not-found',
      {},
      `Program ${id} is not shared, so it has no key to replace`,
    );
  }
  const { serverUrl } = current;
  const newKey = store.pending(id, serverUrl) ?? newRoomKey();
  await sendKey(store, id, { serverUrl, key: newKey }, () =>
    rooms.rotate(serverUrl, id, current.key, newKey),
  );
  return sharingOrFail(context, id);
}

/** Forgets the server and key here; the program stays, and so does its room on the server. */
export async function stopSharing(context: SharingContext, id: string): Promise<void> {
  await context.store.forget(id);
}

/** The invite a person pasted, or 'invalid-argument' (parseInvite's sentence in the detail). */
export function readInvite(text: string): Invite {
  const parsed = parseInvite(text);
  if (!parsed.ok) throw new HostError('invalid-argument', { field: 'invite' }, parsed.error);
  return parsed.invite;
}

/**
 * Remembers an invite's server and key. A program this computer already has
 * (even in the trash) is joined as it is; otherwise an empty placeholder is
 * added, which the first sync fills.
 */
export async function joinFromInvite(
  context: SharingContext,
  invite: Invite,
): Promise<ProgramSummary> {
  const { storage, store } = context;
  const { programId: id, key, title } = invite;
  const serverUrl = normalizeServerAddress(invite.server);
  const current = store.get(id);
  if (current?.serverUrl !== serverUrl || current.key !== key) {
    await store.remember(id, { serverUrl, key, keySince: new Date().toISOString() });
  }
  const existing =
    storage.summary(id) ?? (storage.isTrashed(id) ? await storage.restore(id) : undefined);
  return existing ?? storage.createPlaceholder(id, title);
}

/** No answer, or one that says nothing about the key (busy, failing): the server may hold it. */
const ANSWER_MAY_BE_LOST: ReadonlySet<HostErrorCode> = new Set([
  'unreachable',
  'server-busy',
  'server-failed',
]);

/**
 * Sends a key with the pending-key discipline (sharing-store.ts): noted before
 * it leaves, kept after a lost answer so the retry sends it again, dropped on a
 * clear refusal, and made the program's key once the server has it.
 */
async function sendKey(
  store: SharingStore,
  id: string,
  sent: { serverUrl: string; key: string },
  send: () => Promise<void>,
): Promise<void> {
  await store.notePending(id, sent);
  try {
    await send();
  } catch (error) {
    const answerLost = error instanceof HostError && ANSWER_MAY_BE_LOST.has(error.code);
    if (!answerLost) await store.dropPending(id);
    throw error;
  }
  await store.remember(id, { ...sent, keySince: new Date().toISOString() });
}

function sharingOrFail(context: SharingContext, id: string): ProgramSharing {
  const sharing = sharingOf(context, id);
  if (sharing === null)
    throw new HostError('internal', {}, `The sharing of program ${id} was lost`);
  return sharing;
}
