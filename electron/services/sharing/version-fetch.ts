import { createHash } from 'node:crypto';

import { VERSION_LIMITS } from '../../../shared/history/version-list';
import { HostError } from '../../../shared/host-api/errors';
import { decodeVersionBody, VERSION_HEADER_BYTES } from '../storage/version-body';
import type { VersionStore } from '../storage/version-store';
import type { BodyRoom, VersionBodyClient } from './version-body-client';

export type FetchContext = {
  store: VersionStore;
  client: VersionBodyClient;
  roomOf(programId: string): BodyRoom | null;
};

/**
 * A version body: this computer's copy, or else (for a shared program, when the
 * list entry's digest is known) the sync server's, checked against that digest
 * and kept here, so that it opens offline next time. The server is a peer like
 * any other: what it sends is used only when it is the very body the entry names.
 */
export async function versionBody(
  context: FetchContext,
  ref: { programId: string; versionId: string; digest?: string | undefined },
): Promise<Uint8Array> {
  const { programId, versionId, digest } = ref;
  try {
    return await context.store.get(programId, versionId);
  } catch (error) {
    if (!(error instanceof HostError && error.code === 'not-found') || digest === undefined)
      throw error;
  }
  const room = context.roomOf(programId);
  if (room === null) throw new HostError('not-found', {}, `There is no version ${versionId} here`);
  let file: Buffer | null;
  try {
    file = await context.client.download(
      room,
      versionId,
      VERSION_LIMITS.maxBodyBytes + VERSION_HEADER_BYTES,
    );
  } catch (error) {
    if (error instanceof HostError && error.code === 'unreachable')
      throw new HostError('version-not-here', {}, error.detail);
    throw error;
  }
  if (file === null)
    throw new HostError(
      'version-not-here',
      {},
      `${room.serverUrl} has no version ${versionId} yet`,
    );
  const body = decodeVersionBody(file);
  if (body === null || createHash('sha256').update(body).digest('hex') !== digest)
    throw new HostError(
      'damaged-version',
      {},
      `The server's version ${versionId} is not the one listed`,
    );
  await context.store.put(programId, versionId, body);
  return body;
}
