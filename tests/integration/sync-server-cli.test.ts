import { type ChildProcessWithoutNullStreams, spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { newId } from '../../shared/model/ids';
import { addCoTutor } from '../../shared/model/mutations/co-tutors';
import { readProgram } from '../../shared/model/read';
import { temporaryDirectory } from './fixtures/storage-fixtures';
import { startCli } from './fixtures/sync-cli';
import {
  Clients,
  converged,
  newProgramDoc,
  newRoomKey,
  registerRoom,
  waitUntil,
  whenSynced,
} from './fixtures/sync-clients';

const CLI = join(import.meta.dirname, '../../electron/services/sync-server/cli.ts');

describe('npm run server (the CLI)', () => {
  let directory: { path: string; remove(): Promise<void> };
  const clients = new Clients();
  const children: ChildProcessWithoutNullStreams[] = [];

  beforeEach(async () => {
    directory = await temporaryDirectory('sync-cli');
  });

  afterEach(async () => {
    clients.leaveAll();
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    await directory.remove();
  });

  it('rejects bad options with a clear message and exit code 2', () => {
    for (const args of [
      ['--port', '70000'],
      ['--rate', 'fast'],
      ['--max-payload', '10'],
      ['--colour'],
      ['--database', 'mysql://cot@127.0.0.1/cotutor'],
      ['--database', 'postgres://cot@127.0.0.1/cotutor', '--data-dir', '/tmp/x'],
    ]) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
        encoding: 'utf8',
      });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('Usage: npm run server');
    }
  });

  it('on SIGTERM persists every room and exits by itself, with clients still connected', async () => {
    const first = await startCli(directory.path);
    children.push(first.child);
    const { doc, programId } = newProgramDoc('Survives SIGTERM');
    const key = newRoomKey();
    await registerRoom(first.url, programId, key);
    const writer = clients.join(first.url, programId, key, doc);
    const reader = clients.join(first.url, programId, key);
    await Promise.all([whenSynced(writer), whenSynced(reader)]);
    // The reader has it, so the server has it.
    await waitUntil(() => converged([doc, reader.doc]), 'the server holds the program');

    first.child.kill('SIGTERM');
    // Exit code 0 only if nothing (an awareness timer, a socket) kept Node alive.
    expect(await first.exited).toBe(0);
    const events = first.lines.map((line) => (JSON.parse(line) as { event: string }).event);
    expect(events).toContain('room-unloaded');
    expect(events.at(-1)).toBe('server-stopped');
    clients.leaveAll();

    const second = await startCli(directory.path);
    children.push(second.child);
    const late = clients.join(second.url, programId, key);
    await whenSynced(late);
    await waitUntil(() => late.doc.getMap('program').size > 0, 'the program came back from disk');
    expect(readProgram(late.doc).meta.title).toBe('Survives SIGTERM');
    clients.leaveAll();
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('after a crash (SIGKILL), reconnecting clients restore what the server had not yet written', async () => {
    const first = await startCli(directory.path);
    children.push(first.child);
    const { doc, programId } = newProgramDoc('Before the crash');
    const key = newRoomKey();
    await registerRoom(first.url, programId, key);
    const writer = clients.join(first.url, programId, key, doc);
    await whenSynced(writer);
    // Killed at once: this edit may still be waiting for its group commit.
    addCoTutor(doc, { id: newId(), name: 'Typed just before', institution: '', role: '' }, 'a');
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await startCli(directory.path, Number(new URL(first.url).port));
    children.push(second.child);
    await whenSynced(writer);
    const late = clients.join(second.url, programId, key);
    await waitUntil(() => converged([doc, late.doc]), 'a new client has everything');
    expect(readProgram(late.doc).coTutors.map((tutor) => tutor.name)).toEqual([
      'Typed just before',
    ]);
  });
});
