import { fork } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The hosted server's heap is capped: a client that makes it hold too much ends
 * that process (and the app restarts it), not the computer's memory. Rooms are
 * unloaded when their last client leaves; 200 rooms of a large program fit.
 */
export const HOSTED_HEAP_MB = 512;

/** What the app needs of the process, whichever way it was started. */
export type HostedProcess = {
  readonly pid: number | undefined;
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Once, however it ended (exit, crash, kill). */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
};

export type LaunchHostedProcess = () => HostedProcess;

/**
 * A Node child process running server-process.ts: for the web host and the
 * tests, which run from source (through tsx, as `npm run preview:web` does).
 * The Electron app starts the bundled file as a utility process instead.
 */
export function launchNodeChild(
  entry = resolve(import.meta.dirname, 'server-process.ts'),
): LaunchHostedProcess {
  return () => {
    const child = fork(entry, [], {
      execArgv: [
        ...(entry.endsWith('.ts') ? ['--import', 'tsx'] : []),
        `--max-old-space-size=${HOSTED_HEAP_MB}`,
      ],
      // Its own log lines come over the channel; stderr shows a crash's reason.
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      serialization: 'json',
    });
    let exited = false;
    const exitListeners: ((code: number | null) => void)[] = [];
    const exit = (code: number | null): void => {
      if (exited) return;
      exited = true;
      for (const listener of exitListeners) listener(code);
    };
    child.once('exit', (code) => exit(code));
    // A child that could not be started at all (no such file, no memory) never exits.
    child.once('error', () => exit(null));
    return {
      pid: child.pid,
      send: (message) => {
        if (child.connected) child.send(message as object, () => undefined);
      },
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => {
        if (exited) listener(child.exitCode);
        else exitListeners.push(listener);
      },
      kill: () => void child.kill('SIGKILL'),
    };
  };
}
