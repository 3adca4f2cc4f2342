import type { DocumentService } from '../../../shared/host-api/contract';
import type { Storage } from '../storage/storage';
import type { Guard } from './guard';

export function documentService(storage: Storage, guard: Guard): DocumentService {
  return {
    load: (id) => guard(`Opening program ${id}`, () => storage.load(id)),
    recovery: (id) => guard(`Opening program ${id}`, () => storage.recovery(id)),
    append: (id, updates) =>
      guard(`Saving changes to program ${id}`, async () => {
        await storage.append(id, updates);
      }),
  } satisfies DocumentService;
}
