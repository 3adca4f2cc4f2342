import { expect, it } from 'vitest';

import { startSyncServer } from '../../electron/services/sync-server';
import { ProgramSession } from '../../renderer/src/program/program-session';
import { formatInvite } from '../../shared/sync/invite';
import { memoryHost, programOf, storedStateOf } from '../support/program-host';
import { describeClientAgainst } from '../support/sync-sessions';
import { quietLog, temporaryDirectory } from './fixtures/storage-fixtures';
import { newRoomKey, postRoomKey, registerRoom, waitUntil } from './fixtures/sync-clients';

/** The project's own sync server on 127.0.0.1, with keys registered as Share registers them. */
async function projectServer() {
  const directory = await temporaryDirectory('sync-client');
  const server = await startSyncServer({
    host: '127.0.0.1',
    port: 0,
    dataDirectory: directory.path,
    log: quietLog,
  });
  return {
    url: server.url,
    register: (programId: string, key: string) => registerRoom(server.url, programId, key),
    close: async () => {
      await server.close();
      await directory.remove();
    },
  };
}

describeClientAgainst('the project’s sync server', projectServer);

it('tells a co-tutor whose key was rotated away that the program no longer syncs', async () => {
  const server = await projectServer();
  const program = programOf(['Reflection']);
  const key = newRoomKey();
  await server.register(program.id, key);
  const sharing = {
    serverUrl: server.url,
    key,
    invite: formatInvite({ server: server.url, programId: program.id, key }),
    keySince: '',
  };
  const session = await ProgramSession.open(
    memoryHost(storedStateOf(program), sharing),
    program.id,
  );
  try {
    await waitUntil(
      () => session.sync.tracker.getState().phase === 'synced',
      'synced with the first key',
    );
    expect((await postRoomKey(server.url, program.id, { key, newKey: newRoomKey() })).status).toBe(
      200,
    );
    await waitUntil(
      () => session.sync.tracker.getState().phase === 'refused',
      'the old key refused',
    );
  } finally {
    await session.close();
    await server.close();
  }
});
