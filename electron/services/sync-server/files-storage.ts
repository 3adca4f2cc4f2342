import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { PRIVATE_DIRECTORY, PRIVATE_FILE } from './file-modes';
import { KeyFile } from './key-file';
import { readRoomFile } from './room-file';
import { RoomVersions } from './room-versions';
import type { ServerStorage } from './server-storage';

/**
 * The default storage, for one machine: <data>/room-keys.json and one .ydoc
 * frame log per room in <data>/rooms/, with the version bodies beside it
 * (docs/deploy.md, "The data directory").
 */
export async function openFilesStorage(
  dataDirectory: string,
  maxVersionsPerRoom: number,
): Promise<ServerStorage> {
  const roomsDirectory = join(dataDirectory, 'rooms');
  await mkdir(roomsDirectory, { recursive: true, mode: PRIVATE_DIRECTORY });
  return {
    where: { dataDirectory },
    rooms: {
      load: async (room, doc, origin) => {
        const { file, tornBytes } = await readRoomFile(
          join(roomsDirectory, `${room}.ydoc`),
          doc,
          origin,
        );
        return { log: file, tornBytes };
      },
      erase: async (room) => {
        const path = join(roomsDirectory, `${room}.ydoc`);
        await rm(path, { force: true });
        await rm(`${path}.tmp`, { force: true });
      },
    },
    keys: new KeyFile(join(dataDirectory, 'room-keys.json'), PRIVATE_FILE),
    versions: new RoomVersions(roomsDirectory, maxVersionsPerRoom),
    // A disk that fails shows in each write's own error.
    available: () => true,
    check: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
