import type { SharingService } from '../../../shared/host-api/contract';
import {
  joinFromInvite,
  readInvite,
  rotateRoomKey,
  shareProgram,
  type SharingContext,
  sharingOf,
  stopSharing,
} from '../sharing/sharing-flows';
import { KeyedQueue } from '../storage/keyed-queue';
import type { Guard } from './guard';
import { announcing, type LibraryChanges } from './library-changes';

/**
 * Sharing programs through sync servers (docs/sharing.md). Calls about one
 * program run one after another: a Share and a Rotate sent together must not
 * both talk to the server and then overwrite each other's key. Sharing and
 * stopping change what the library shows (its shared mark), joining adds a program.
 * Once a program is shared or joined, `shared` takes the versions kept here to
 * its server.
 */
export function sharingService(
  context: SharingContext,
  guard: Guard,
  changes: LibraryChanges,
  shared: (id: string) => Promise<void>,
): SharingService {
  const queue = new KeyedQueue();
  const inTurn = <T>(id: string, doing: string, run: () => Promise<T>): Promise<T> =>
    guard(doing, () => queue.run(id, run));
  return {
    get: ({ id }) =>
      guard(`Reading how program ${id} is shared`, async () => sharingOf(context, id)),
    share: ({ id, serverUrl, registrationCode }) =>
      inTurn(id, `Sharing program ${id}`, () =>
        announcing(changes, id, async () => {
          const sharing = await shareProgram(context, id, serverUrl, registrationCode);
          await shared(id);
          return sharing;
        }),
      ),
    rotateKey: ({ id }) =>
      inTurn(id, `Replacing the key of program ${id}`, () => rotateRoomKey(context, id)),
    stop: ({ id, deleteData }) =>
      inTurn(id, `Stopping the sharing of program ${id}`, () =>
        announcing(changes, id, () => stopSharing(context, id, deleteData)),
      ),
    join: ({ invite: text }) =>
      guard('Joining a shared program', () => {
        const invite = readInvite(text);
        return queue.run(invite.programId, () =>
          announcing(changes, invite.programId, async () => {
            const summary = await joinFromInvite(context, invite);
            await shared(invite.programId);
            return summary;
          }),
        );
      }),
  } satisfies SharingService;
}
