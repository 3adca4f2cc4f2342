import type { Logger } from '../../logger';
import type { HostedProcess, LaunchHostedProcess } from './child-process';
import { fromChild, type HostedStartOptions } from './protocol';

/** A server that has not said it listens by then is taken as failed (and its process ended). */
const START_TIMEOUT_MS = 30_000;
/** A server that has not stopped by then is killed: its rooms are saved as they change. */
const STOP_TIMEOUT_MS = 10_000;

/** The hosted sync server, listening, in a process of its own. */
export type HostedServer = {
  readonly port: number;
  readonly pid: number | undefined;
  /** Called once if the process ends without being asked to (a crash, a kill, the heap cap). */
  onCrash(listener: (code: number | null) => void): void;
  stop(): Promise<void>;
};

/** A start the server refused: the code is the system's (EADDRINUSE, EACCES) or 'start-failed'. */
export class HostedStartError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function startHostedServer(
  launch: LaunchHostedProcess,
  options: HostedStartOptions,
  log: Logger,
): Promise<HostedServer> {
  const child = launch();
  let stopping = false;
  let exited = false;
  const crashListeners: ((code: number | null) => void)[] = [];
  const stopped = new Promise<void>((resolve) => {
    child.onExit((code) => {
      exited = true;
      resolve();
      if (!stopping) for (const listener of crashListeners) listener(code);
    });
  });
  return new Promise<HostedServer>((resolve, reject) => {
    const timer = setTimeout(() => {
      fail(new HostedStartError('start-timeout', 'The hosted sync server did not start in time.'));
    }, START_TIMEOUT_MS);
    let settled = false;
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stopping = true;
      child.kill();
      reject(error);
    };
    child.onExit((code) => {
      fail(new HostedStartError('start-failed', `The hosted sync server ended (code ${code}).`));
    });
    child.onMessage((raw) => {
      const parsed = fromChild.safeParse(raw);
      if (!parsed.success) return log.warn('The hosted sync server sent a malformed message.');
      const message = parsed.data;
      if (message.type === 'log') return log[message.level](message.line);
      if (message.type === 'failed')
        return fail(new HostedStartError(message.code, message.message));
      if (message.type !== 'listening' || settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        port: message.port,
        pid: child.pid,
        onCrash: (listener) => crashListeners.push(listener),
        stop: () =>
          stopChild(
            child,
            () => (stopping = true),
            () => exited,
            stopped,
          ),
      });
    });
    child.send({ type: 'start', options });
  });
}

async function stopChild(
  child: HostedProcess,
  markStopping: () => void,
  hasExited: () => boolean,
  exited: Promise<void>,
): Promise<void> {
  markStopping();
  if (hasExited()) return;
  child.send({ type: 'stop' });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      child.kill();
      resolve();
    }, STOP_TIMEOUT_MS);
  });
  await Promise.race([exited, late]);
  clearTimeout(timer);
  await exited;
}
