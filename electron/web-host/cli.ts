import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { messageOf } from '../../shared/errors/message-of';
import { startWebHost } from './server';

/**
 * tsx electron/web-host/cli.ts [--data-dir DIR] [--port N] [--exports DIR] [--chromium PATH]
 * Serves out/renderer and the host API for the browser preview. With --exports,
 * exported files are saved into that folder instead of downloaded by the browser.
 * With a Chromium (--chromium, or CHROMIUM_PATH when set) the host prints PDF exports.
 */
const USAGE =
  'Usage: tsx electron/web-host/cli.ts [--data-dir DIR] [--port N] [--exports DIR] [--chromium PATH]';
const REPOSITORY = resolve(import.meta.dirname, '../..');

type CliOptions = {
  dataDirectory: string;
  port: number;
  exportsDirectory?: string;
  chromiumPath?: string;
};

export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      exports: { type: 'string' },
      chromium: { type: 'string' },
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
  const exportsDir = values.exports;
  if (exportsDir !== undefined && exportsDir.trim() === '')
    throw new Error('--exports needs a folder.');
  const chromium = chromiumOf(values.chromium, env.CHROMIUM_PATH);
  return {
    dataDirectory: resolve(dataDir ?? join(tmpdir(), 'cotutor-preview')),
    port,
    ...(exportsDir === undefined ? {} : { exportsDirectory: resolve(exportsDir) }),
    ...(chromium === undefined ? {} : { chromiumPath: chromium }),
  };
}

/** --chromium, else CHROMIUM_PATH; a path given on the command line must exist. */
function chromiumOf(
  flag: string | undefined,
  fromEnvironment: string | undefined,
): string | undefined {
  if (flag !== undefined) {
    if (flag.trim() === '') throw new Error('--chromium needs the path of a Chromium executable.');
    if (!existsSync(flag)) throw new Error(`--chromium: there is no file at ${flag}.`);
    return resolve(flag);
  }
  return fromEnvironment === undefined || fromEnvironment.trim() === ''
    ? undefined
    : resolve(fromEnvironment);
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
    console.error(`${messageOf(error)}\n${USAGE}`);
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
    methodsDirectory: join(REPOSITORY, 'resources/methods'),
    port: options.port,
    ...(options.exportsDirectory === undefined
      ? {}
      : { exportsDirectory: options.exportsDirectory }),
    ...(options.chromiumPath === undefined ? {} : { chromiumPath: options.chromiumPath }),
  });
  console.log(`Cotutor preview: ${host.url}`);
  console.log(`Data folder: ${options.dataDirectory}`);
  console.log(
    options.chromiumPath === undefined
      ? 'PDF export: off (start with --chromium PATH, or set CHROMIUM_PATH, to print PDFs).'
      : `PDF export: printed with ${options.chromiumPath}.`,
  );
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: saving and stopping…`);
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Could not shut down cleanly: ${messageOf(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(`The web host could not start: ${messageOf(error)}`);
    process.exitCode = 1;
  });
}
