import { utilityProcess } from 'electron';

import {
  HOSTED_HEAP_MB,
  type LaunchHostedProcess,
} from '../../services/sharing/hosted/child-process';

/**
 * "Host on this computer" runs its sync server in an Electron utility process:
 * a Node process of its own, with a capped heap, which the app restarts if it
 * ends. `entry` is the bundled out/main/hosted-server.js.
 */
export function launchUtilityProcess(entry: string): LaunchHostedProcess {
  return () => {
    const child = utilityProcess.fork(entry, [], {
      serviceName: 'Cotutor sync server',
      execArgv: [`--max-old-space-size=${HOSTED_HEAP_MB}`],
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    let exited: number | null | undefined;
    const exitListeners: ((code: number | null) => void)[] = [];
    child.once('exit', (code) => {
      exited = code;
      for (const listener of exitListeners) listener(code);
    });
    return {
      get pid() {
        return child.pid;
      },
      send: (message) => {
        if (exited === undefined) child.postMessage(message);
      },
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => {
        if (exited !== undefined) listener(exited);
        else exitListeners.push(listener);
      },
      kill: () => void child.kill(),
    };
  };
}
