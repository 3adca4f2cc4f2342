import { type ChildProcessWithoutNullStreams, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { parseCli, UsageError } from '../../electron/services/sync-server/cli-options';
import { resolveSettings } from '../../electron/services/sync-server/options';
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

describe('the CLI’s budget flags', () => {
  const open = ['--open-registration'];

  it('gives every budget of the server a flag, and the server takes what it parsed', () => {
    const options = parseCli([
      ...open,
      ...['--max-room-bytes', '1048576', '--rate', '10/20', '--byte-rate', '65536/131072'],
      ...['--sync-rate', '0.5/4', '--max-buffered-bytes', '131072'],
      ...['--max-buffered-bytes-per-address', '262144', '--connection-rate', '3/9'],
      ...['--max-connections-per-address', '7', '--max-connections', '70'],
      ...['--key-rate', '2/5', '--version-rate', '4/8'],
    ]);
    const settings = resolveSettings(options);
    expect(settings).toMatchObject({
      maxRoomBytes: 1048576,
      messageRate: { perSecond: 10, burst: 20 },
      byteRate: { perSecond: 65536, burst: 131072 },
      syncRequestRate: { perSecond: 0.5, burst: 4 },
      maxBufferedBytes: 131072,
      maxBufferedBytesPerAddress: 262144,
      connectionRate: { perSecond: 3, burst: 9 },
      maxConnectionsPerAddress: 7,
      maxConnections: 70,
      keyRequestRate: { perSecond: 2, burst: 5 },
      versionRequestRate: { perSecond: 4, burst: 8 },
    });
  });

  it('leaves the defaults of startSyncServer when no flag is given', () => {
    const fromCli = resolveSettings(parseCli(open));
    const { isOriginAllowed: _cli, ...cli } = fromCli;
    const { isOriginAllowed: _api, ...api } = resolveSettings({
      host: '127.0.0.1',
      port: 1234,
      dataDirectory: fromCli.dataDirectory,
    });
    expect(cli).toEqual(api);
  });

  it('reads the metrics token from its file, and refuses a short one without quoting it', async () => {
    const folder = await temporaryDirectory('sync-cli-metrics');
    try {
      const file = join(folder.path, 'metrics-token');
      await writeFile(file, 'metrics-token-0123456789\n');
      expect(parseCli([...open, '--metrics-token-file', file]).metricsToken).toBe(
        'metrics-token-0123456789',
      );
      await writeFile(file, 'short-secret');
      const parse = (): unknown => parseCli([...open, '--metrics-token-file', file]);
      expect(parse).toThrow(/^The metrics token must be at least 16/);
      expect(parse).not.toThrow(/short-secret/);
    } finally {
      await folder.remove();
    }
  });

  it.each([
    ['--max-room-bytes', '1k'],
    ['--max-room-bytes', '1000'],
    ['--byte-rate', '0/10'],
    ['--sync-rate', 'often'],
    ['--max-buffered-bytes', '12.5'],
    ['--max-buffered-bytes-per-address', '0'],
    ['--connection-rate', '2/0'],
    ['--max-connections-per-address', '0'],
    ['--max-connections', '2000000'],
    ['--key-rate', '1/2000000'],
    ['--version-rate', '5'],
  ])('refuses %s %s, naming the flag and the value', (flag, value) => {
    const parse = (): unknown => parseCli([...open, flag, value]);
    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(new RegExp(`^${flag} must be .*"${value.replace('.', '\\.')}"`));
  });
});

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
      ['--max-room-bytes', '10'],
      ['--connection-rate', '2'],
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
