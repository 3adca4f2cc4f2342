import { resolve } from 'node:path';

import { messageOf } from '../../../shared/errors/message-of';
import type { Logger } from '../logger';
import { HelpRequest, parseCli, USAGE, UsageError } from './cli-options';
import { startSyncServer } from './server';
import { syncLog } from './sync-log';

/**
 * `npm run server -- [options]`: the sync server on its own, for a small Linux
 * server (docs/deploy.md). Logs one JSON object per line on stdout, the first
 * one (server-listening) with the URL; only a bad command line or a failed start
 * is written as text on stderr, for the person who typed it. SIGINT or SIGTERM closes it gracefully:
 * every room is persisted and the process exits by itself.
 */

/** Every log line to stdout, whatever its level: journald and `jq` read one stream. */
const stdoutLogger: Logger = {
  info: (line) => process.stdout.write(`${line}\n`),
  warn: (line) => process.stdout.write(`${line}\n`),
};

/** What the CLI itself reports while stopping, in the same JSON lines as the server. */
const cliLog = syncLog(stdoutLogger);

/** If anything still holds the event loop this long after closing, exit anyway. */
const EXIT_GRACE_MS = 10_000;

async function main(): Promise<void> {
  let options;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    if (error instanceof HelpRequest) return void console.log(USAGE);
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const server = await startSyncServer({ ...options, log: stdoutLogger });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      // A second Ctrl-C: the operator does not want to wait.
      cliLog.error({ event: 'server-exit-forced', reason: `${signal} again` });
      process.exit(1);
    }
    stopping = true;
    server.close().then(
      () => {
        // Nothing should keep the loop alive now; the timer only reports it if something does.
        setTimeout(() => {
          cliLog.error({
            event: 'server-exit-forced',
            reason: 'something still holds the event loop after closing',
          });
          process.exit(1);
        }, EXIT_GRACE_MS).unref();
      },
      (error: unknown) => {
        cliLog.error({ event: 'server-stop-failed', reason: messageOf(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(`The sync server could not start: ${messageOf(error)}`);
    process.exitCode = 1;
  });
}
