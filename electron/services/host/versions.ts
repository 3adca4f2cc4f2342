import type { VersionService } from '../../../shared/host-api/contract';
import type { VersionStore } from '../storage/version-store';
import type { Guard } from './guard';

export function versionService(store: VersionStore, guard: Guard): VersionService {
  return {
    put: ({ programId, versionId, body }) =>
      guard(`Keeping version ${versionId} of ${programId}`, () =>
        store.put(programId, versionId, body),
      ),
    get: ({ programId, versionId }) =>
      guard(`Opening version ${versionId} of ${programId}`, () => store.get(programId, versionId)),
    remove: ({ programId, versionId }) =>
      guard(`Removing version ${versionId} of ${programId}`, () =>
        store.remove(programId, versionId),
      ),
    list: ({ id }) => guard(`Listing the versions of ${id}`, () => store.list(id)),
  } satisfies VersionService;
}
