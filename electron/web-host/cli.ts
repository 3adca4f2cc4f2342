import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { startWebHost } from './server';

/**
 * tsx electron/web-host/cli.ts [--data-dir DIR] [--port N]
 * Serves out/renderer and the host API for the browser preview.
 */
const USAGE = 'Usage: tsx electron/web-host/cli.ts [--data-dir DIR] [--port N]';
const REPOSITORY = resolve(import.meta.dirname, '../..');

type CliOptions = { dataDirectory: string; port: number };

export function parseCli(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) throw new UsageRequest();
  const dataDir = values['data-dir'];
  if (dataDir !== undefined && dataDir.trim() === '') throw new Error('--data-dir needs a folder.');
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || !Number.isInteger(port) || port > 65535) {
    throw new Error(
      `--port must be a whole number from 0 to 65535 (0 picks a free port), not "${values.port}".`,
    );
  }
  return { dataDirectory: resolve(dataDir ?? join(tmpdir(), 'cotutor-preview')), port };
}

class UsageRequest extends Error {}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageRequest) {
      console.log(USAGE);
      return;
    }
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const rendererDirectory = join(REPOSITORY, 'out/renderer');
  if (!existsSync(join(rendererDirectory, 'index.html'))) {
    console.warn(
      `${rendererDirectory} holds no built renderer yet (build it first); only the API will answer.`,
    );
  }
  const host = await startWebHost({
    dataDirectory: options.dataDirectory,
    rendererDirectory,
    templatesDirectory: join(REPOSITORY, 'resources/templates'),
    port: options.port,
  });
  console.log(`Cotutor preview: ${host.url}`);
  console.log(`Data folder: ${options.dataDirectory}`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: saving and stopping…`);
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Could not shut down cleanly: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(`The web host could not start: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
