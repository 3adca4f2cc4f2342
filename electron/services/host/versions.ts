import type { VersionService } from '../../../shared/host-api/contract';
import type { Logger } from '../logger';
import { type FetchContext, versionBody } from '../sharing/version-fetch';
import type { VersionUploader } from '../sharing/version-uploader';
import type { Guard } from './guard';

export type VersionContext = FetchContext & {
  uploader: VersionUploader;
  isShared(programId: string): boolean;
  log: Logger;
};

/**
 * Version bodies (docs/history.md): kept in the data folder, and for a shared
 * program also on its sync server, uploaded after each put and fetched by get
 * when this computer has no copy.
 */
export function versionService(context: VersionContext, guard: Guard): VersionService {
  const { store, uploader } = context;
  return {
    put: ({ programId, versionId, body }) =>
      guard(`Keeping version ${versionId} of ${programId}`, async () => {
        await store.put(programId, versionId, body);
        if (!context.isShared(programId)) return;
        // The body is kept here whatever happens next; a queue that cannot be
        // written only delays the upload until the program is shared or kept again.
        await uploader.enqueue([{ programId, versionId }]).catch((error: unknown) => {
          context.log.warn(`Queueing version ${versionId} for upload failed: ${String(error)}`);
        });
      }),
    get: (ref) =>
      guard(`Opening version ${ref.versionId} of ${ref.programId}`, () =>
        versionBody(context, ref),
      ),
    remove: ({ programId, versionId }) =>
      guard(`Removing version ${versionId} of ${programId}`, () =>
        store.remove(programId, versionId),
      ),
    list: ({ id }) => guard(`Listing the versions of ${id}`, () => store.list(id)),
  } satisfies VersionService;
}
