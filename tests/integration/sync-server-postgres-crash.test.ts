import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { type Cluster, postgresMissing, startCluster } from './fixtures/postgres';
import { storedDoc } from './fixtures/stored-room';
import { type Running, startCli } from './fixtures/sync-cli';
import { Clients, newRoomKey, registerRoom, waitUntil, whenSynced } from './fixtures/sync-clients';

/** The text PostgreSQL holds for a room: its state, then its updates in id order. */
async function storedText(cluster: Cluster, database: string, room: string): Promise<string> {
  return (await storedDoc(cluster, database, room)).getText('typed').toString();
}

describe.skipIf(postgresMissing !== null)(
  `kill -9 of a sync server on PostgreSQL${postgresMissing === null ? '' : ` (skipped: ${postgresMissing})`}`,
  () => {
    let cluster: Cluster;
    const clients = new Clients();
    const children: Running[] = [];

    beforeAll(async () => {
      cluster = await startCluster();
    });
    afterAll(async () => {
      await cluster.remove();
    });
    afterEach(() => {
      clients.leaveAll();
      for (const { child } of children.splice(0))
        if (child.exitCode === null) child.kill('SIGKILL');
    });

    it('mid-typing loses nothing committed, and after a restart the database holds everything typed', async () => {
      const database = await cluster.createDatabase();
      const first = await startCli(database);
      children.push(first);
      const room = crypto.randomUUID();
      const key = newRoomKey();
      await registerRoom(first.url, room, key);
      const writer = clients.join(first.url, room, key);
      await whenSynced(writer);
      const text = writer.doc.getText('typed');

      // Types one character per turn of the event loop until the database has
      // committed a good part, then kills the server while the typing goes on.
      let typed = 0;
      let committedBeforeKill = '';
      let killed = false;
      const typing = (async (): Promise<void> => {
        while (typed < 3_000) {
          text.insert(text.length, String.fromCharCode(97 + (typed % 26)));
          typed++;
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      while (!killed) {
        const stored = await storedText(cluster, database, room);
        if (stored.length >= 200) {
          committedBeforeKill = stored;
          first.child.kill('SIGKILL');
          killed = true;
        }
      }
      await first.exited;
      const afterKill = await storedText(cluster, database, room);
      // Every committed update is still there, in order, and nothing else.
      expect(afterKill.startsWith(committedBeforeKill)).toBe(true);
      expect(text.toString().startsWith(afterKill)).toBe(true);
      await typing;
      const everything = text.toString();
      expect(everything.length).toBe(3_000);
      expect(afterKill.length).toBeLessThan(everything.length);

      // The clients re-send what the server lacks once it is back on the same port.
      const second = await startCli(database, Number(new URL(first.url).port));
      children.push(second);
      await waitUntil(() => writer.provider.wsconnected, 'the writer reconnected', 30_000);
      let stored = '';
      const deadline = Date.now() + 30_000;
      while (stored !== everything && Date.now() < deadline) {
        stored = await storedText(cluster, database, room);
      }
      expect(stored).toBe(everything);
      const late = clients.join(second.url, room, key);
      await waitUntil(
        () => late.doc.getText('typed').toString() === everything,
        'a new client has everything typed',
        30_000,
      );
    });
  },
);
