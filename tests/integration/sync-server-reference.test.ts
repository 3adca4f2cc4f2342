import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { afterEach, describe, expect, it } from 'vitest';

import { newId } from '../../shared/model/ids';
import { addCoTutor } from '../../shared/model/mutations/co-tutors';
import { readProgram } from '../../shared/model/read';
import { Clients, converged, newProgramDoc, waitUntil, whenSynced } from './fixtures/sync-clients';
import { type ReferenceServer, startReferenceServer } from './fixtures/sync-reference-server';

const FIXTURE = join(import.meta.dirname, 'fixtures/sync-reference-server.ts');

/** The baseline the app's client and the benchmarks are measured against works as a server. */
describe('the plain @y/websocket-server fixture', () => {
  const clients = new Clients();
  let stop: (() => Promise<void>) | undefined;

  afterEach(async () => {
    clients.leaveAll();
    await stop?.();
    stop = undefined;
  });

  async function twoClientsSync(server: ReferenceServer): Promise<void> {
    const { doc, programId } = newProgramDoc('Through the reference server');
    // No key needed: the reference server has no authentication at all.
    const a = clients.join(server.url, programId, 'ignored', doc);
    const b = clients.join(server.url, programId, 'ignored');
    await Promise.all([whenSynced(a), whenSynced(b)]);
    addCoTutor(b.doc, { id: newId(), name: 'Dana', institution: '', role: '' }, 'b');
    await waitUntil(() => converged([a.doc, b.doc]), 'both clients have both edits');
    expect(readProgram(a.doc).coTutors.map((tutor) => tutor.name)).toEqual(['Dana']);
  }

  it('syncs two official clients in this process', async () => {
    const server = await startReferenceServer();
    stop = () => server.close();
    await twoClientsSync(server);
  });

  it('syncs two official clients as a child process, which exits when its stdin ends', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    stop = async () => {
      child.stdin.end();
      await exited;
    };
    const line = await new Promise<string>((resolve) =>
      createInterface({ input: child.stdout }).once('line', resolve),
    );
    const { url } = JSON.parse(line) as { url: string };
    await twoClientsSync({ url, port: Number(new URL(url).port), close: async () => undefined });
    clients.leaveAll();
    child.stdin.end();
    expect(await exited).toBe(0);
  });
});
