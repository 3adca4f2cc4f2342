import { messageOf } from '../../../shared/errors/message-of';
import { roomNameOf } from '../../../shared/sync/room';
import { CLOSE } from './connection-guard';
import type { RoomKeys } from './room-keys';
import type { RoomStore } from './room-store';
import type { ServerStorage } from './server-storage';
import type { SyncLog } from './sync-log';

export type OtherServersContext = {
  storage: ServerStorage;
  store: RoomStore;
  keys: RoomKeys;
  log: SyncLog;
  /** Closes every connection to the program's rooms here; how many there were. */
  closeAll(programId: string, code: number, reason: string): number;
};

/**
 * Several server processes on one database (docs/deploy.md, "More than one
 * machine"): what another process stores reaches the rooms held here and their
 * clients, and a key it rotates or removes holds here too, with the same
 * disconnections (4403, 4410) as if it had been done here. A store only one
 * process uses (files) tells nothing, and this does nothing.
 */
export function followOtherServers(context: OtherServersContext): void {
  const { storage, store, keys, log } = context;
  if (storage.follow === undefined) return;
  keys.follow((programId, change) => {
    if (change === 'rotated') {
      const disconnected = context.closeAll(programId, CLOSE.keyRevoked, 'room key rotated');
      log.info({ event: 'key-rotated-elsewhere', room: programId, disconnected });
      return;
    }
    // Its data may be gone already: nothing held here is written back.
    void store.forget(roomNameOf(programId, 'program'));
    void store.forget(roomNameOf(programId, 'review'));
    const disconnected = context.closeAll(
      programId,
      CLOSE.roomRemoved,
      'room removed by its owner',
    );
    log.info({ event: 'room-removed-elsewhere', room: programId, disconnected });
  });
  const failed = (error: unknown): void =>
    log.error({ event: 'key-refresh-failed', reason: messageOf(error) });
  storage.follow({
    room: (room, through) => store.catchUp(room, through),
    key: (programId) => void keys.refresh(programId).catch(failed),
    missed: () => {
      store.catchUpAll();
      void keys.refreshAll().catch(failed);
    },
  });
}
