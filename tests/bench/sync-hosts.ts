import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import type { ProgramSharing, ProgramSummary } from '../../shared/host-api/contract';
import type { Envelope } from '../../shared/host-api/errors';
import { fromWire, toWire } from '../../shared/host-api/wire';
import { type HostProcess, startHostProcess } from './host';

/** POST /api/<route> on a web host, as the renderer calls it; throws on a failure envelope. */
async function callHost<T>(host: HostProcess, route: string, request: object): Promise<T> {
  const response = await fetch(`${host.origin}/api/${route}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    // One request object per method, as the renderer's HTTP host sends it.
    body: toWire(request),
  });
  const envelope = fromWire(await response.text()) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${route}: ${envelope.error.detail}`);
  return envelope.value;
}

export type HostPair = {
  /** The computer that shared the program (it had it in its library). */
  a: HostProcess;
  /** The computer that joined from the invite (an empty placeholder until the first sync). */
  b: HostProcess;
  close(): Promise<void>;
};

export type PairOptions = {
  /** A data folder holding the large program, copied for A; never written to. */
  seedData: string;
  /** Where the two data folders go (inside the bench's temp folder). */
  directory: string;
  rendererDirectory: string;
  templatesDirectory: string;
  programId: string;
  serverUrl: string;
};

/**
 * Two co-tutors' computers: two web hosts with data folders of their own, each in
 * a child process (as two Electron main processes would be). A shares the program
 * on `serverUrl` and B joins with the invite, through the host API exactly as the
 * Share and Join dialogs call it. Against a plain @y/websocket-server this works
 * unchanged: its HTTP handler answers every request, the key registration
 * included, with 200 "okay", and it ignores the key in the WebSocket URL.
 */
export async function startHostPair(options: PairOptions): Promise<HostPair> {
  const aData = join(options.directory, 'a');
  const bData = join(options.directory, 'b');
  await cp(options.seedData, aData, { recursive: true });
  await mkdir(bData, { recursive: true });
  const start = (dataDirectory: string): Promise<HostProcess> =>
    startHostProcess({
      dataDirectory,
      rendererDirectory: options.rendererDirectory,
      templatesDirectory: options.templatesDirectory,
    });
  const a = await start(aData);
  let b: HostProcess | undefined;
  try {
    b = await start(bData);
    const sharing = await callHost<ProgramSharing>(a, 'sharing/share', {
      id: options.programId,
      serverUrl: options.serverUrl,
    });
    await callHost<ProgramSummary>(b, 'sharing/join', { invite: sharing.invite });
    const joined = b;
    return {
      a,
      b: joined,
      close: async () => {
        await Promise.all([a.close(), joined.close()]);
      },
    };
  } catch (error) {
    await Promise.all([a.close(), b?.close()]);
    throw error;
  }
}
