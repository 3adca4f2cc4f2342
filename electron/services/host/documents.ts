import type { DocumentService } from '../../../shared/host-api/contract';
import type { Storage } from '../storage/storage';
import type { Guard } from './guard';
import { type LibraryChanges, listedDifferently } from './library-changes';

export function documentService(
  storage: Storage,
  guard: Guard,
  changes: LibraryChanges,
): DocumentService {
  return {
    load: ({ id }) => guard(`Opening program ${id}`, () => storage.load(id)),
    recovery: ({ id }) => guard(`Opening program ${id}`, () => storage.recovery(id)),
    append: ({ id, updates }) =>
      guard(`Saving changes to program ${id}`, async () => {
        // Updates come from this window's edits and from co-tutors' through sync alike:
        // a title a co-tutor changed reaches the library here.
        const before = storage.summary(id);
        const after = await storage.append(id, updates);
        if (listedDifferently(before, after)) changes.fire({ programId: id });
      }),
    loadReview: ({ id }) =>
      guard(`Opening the review of program ${id}`, () => storage.loadReview(id)),
    appendReview: ({ id, updates }) =>
      guard(`Saving review changes to program ${id}`, () => storage.appendReview(id, updates)),
  } satisfies DocumentService;
}
