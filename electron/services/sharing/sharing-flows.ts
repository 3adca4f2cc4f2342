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
  /**
   * The registration token to send when registering a room on this server: the
   * code the user gave for a server they configured, the app's own for the
   * server it hosts, or undefined for a server open to all.
   */
  registrationTokenFor(serverUrl: string): string | undefined;
  /**
   * The certificate pin of this server, if it is one hosted on a co-tutor's
   * computer (this one's own, or one joined through a pinned invite).
   */
  pinFor(serverUrl: string): string | undefined;
};

export function sharingOf(context: SharingContext, id: string): ProgramSharing | null {
  const stored = context.store.get(id);
  if (stored === null) return null;
  // The owner secret stays in the host: the window and invites never see it.
  const { ownerSecret: _kept, ...visible } = stored;
  const title = context.storage.summary(id)?.title ?? context.storage.trashed(id)?.title;
  // An invite's title is a courtesy; one too long for an invite is left out rather than cut.
  const fits = title !== undefined && inviteSchema.shape.title.safeParse(title).success;
  const pin = context.pinFor(stored.serverUrl);
  const invite = formatInvite({
    server: stored.serverUrl,
    programId: id,
    key: stored.key,
    ...(pin === undefined ? {} : { pin }),
    ...(fits ? { title } : {}),
  });
  return { ...visible, invite };
}

/** Registers a new key for the program on the server; sharing again on the same server changes nothing. */
export async function shareProgram(
  context: SharingContext,
  id: string,
  serverAddress: string,
  registrationCode?: string,
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
  if (registrationCode !== undefined) await store.setRegistrationCode(server, registrationCode);
  const pending = store.pending(id, server);
  const key = pending?.key ?? newRoomKey();
  const ownerSecret = pending?.ownerSecret ?? newRoomKey();
  const registrationToken = context.registrationTokenFor(server);
  const pin = context.pinFor(server);
  await sendKey(store, id, { serverUrl: server, key, ownerSecret }, 'owner', () =>
    rooms.register(server, id, { key, ownerSecret, registrationToken }),
  );
  // Kept with the server, so that its invites carry the pin while hosting is off too.
  if (pin !== undefined) await store.setPin(server, pin);
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
  if (current.role === 'invitee') throw new HostError('not-owner', { url: current.serverUrl });
  const { serverUrl } = current;
  const pending = store.pending(id, serverUrl);
  const newKey = pending?.key ?? newRoomKey();
  // A program shared before owner secrets gets one now; the server accepts it
  // with the current key if its room has no owner yet.
  const ownerSecret = current.ownerSecret ?? pending?.ownerSecret ?? newRoomKey();
  await ownerAction(context, id, () =>
    sendKey(store, id, { serverUrl, key: newKey, ownerSecret }, 'owner', () =>
      rooms.rotate(serverUrl, id, { ownerSecret, newKey, key: current.key }),
    ),
  );
  return sharingOrFail(context, id);
}

/**
 * The owner (or a program of unknown role) removes the room from its server, and
 * with `deleteData` the server's copy of the program, then forgets it here; an
 * invitee only forgets it here ("Leave sharing"). The program stays in the library.
 */
export async function stopSharing(
  context: SharingContext,
  id: string,
  deleteData = false,
): Promise<void> {
  const current = context.store.get(id);
  if (current !== null && current.role !== 'invitee') {
    const ownerSecret = current.ownerSecret ?? newRoomKey();
    await ownerAction(context, id, () =>
      context.rooms.remove(current.serverUrl, id, { ownerSecret, deleteData, key: current.key }),
    );
  }
  await context.store.forget(id);
}

/** A 'not-owner' answer settles a program of unknown role: it was joined, not shared, here. */
async function ownerAction(
  context: SharingContext,
  id: string,
  act: () => Promise<void>,
): Promise<void> {
  try {
    await act();
  } catch (error) {
    const current = context.store.get(id);
    if (error instanceof HostError && error.code === 'not-owner' && current?.role === 'unknown') {
      await context.store.remember(id, { ...current, role: 'invitee' });
    }
    throw error;
  }
}

/** The invite a person pasted, or 'invalid-argument' (parseInvite's sentence in the detail). */
export function readInvite(text: string): Invite {
  const parsed = parseInvite(text);
  if (!parsed.ok) throw new HostError('invalid-argument', { field: 'invite' }, parsed.error);
  return parsed.invite;
}

/**
 * Remembers an invite's server, key and certificate pin. A program this computer already has
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
  // Before anything syncs: the window's connection to the server is checked against it.
  await store.setPin(serverUrl, invite.pin);
  const current = store.get(id);
  if (current?.serverUrl !== serverUrl || current.key !== key) {
    await store.remember(id, {
      serverUrl,
      key,
      keySince: new Date().toISOString(),
      role: 'invitee',
    });
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
  sent: { serverUrl: string; key: string; ownerSecret: string },
  role: 'owner',
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
  await store.remember(id, { ...sent, role, keySince: new Date().toISOString() });
}

function sharingOrFail(context: SharingContext, id: string): ProgramSharing {
  const sharing = sharingOf(context, id);
  if (sharing === null)
    throw new HostError('internal', {}, `The sharing of program ${id} was lost`);
  return sharing;
}
