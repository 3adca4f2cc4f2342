import { expect, it } from 'vitest';

import { ProgramSession } from '../../renderer/src/program/program-session';
import { formatInvite } from '../../shared/sync/invite';
import { memoryHost, programOf, storedStateOf } from '../support/program-host';
import { describeClientAgainst } from '../support/sync-sessions';
import { projectServer } from './fixtures/project-server';
import { newRoomKey, postRoomKey, waitUntil } from './fixtures/sync-clients';

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
    role: 'owner' as const,
  };
  const session = await ProgramSession.open(
    memoryHost(storedStateOf(program), sharing),
    program.id,
  );
  await session.loadReview();
  try {
    await waitUntil(
      () => session.sync.tracker.getState().phase === 'synced',
      'synced with the first key',
    );
    const ownerSecret = server.ownerSecretOf(program.id);
    expect(
      (await postRoomKey(server.url, program.id, { ownerSecret, newKey: newRoomKey() })).status,
    ).toBe(200);
    await waitUntil(
      () => session.sync.tracker.getState().phase === 'refused',
      'the old key refused',
    );
  } finally {
    await session.close();
    await server.close();
  }
});
