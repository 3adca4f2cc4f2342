/**
 * The web host in a process of its own, as the Electron main process is: its
 * /proc/<pid>/io then counts only what the host writes (program files, index,
 * HTTP answers), not the Playwright pipe of the benchmark process.
 * Started by host.ts; prints one JSON line {url, token} once listening and
 * closes (flushing storage) when its stdin ends.
 */
import { startWebHost, type WebHostOptions } from '../../electron/web-host/server';

const options = JSON.parse(process.env.COTUTOR_BENCH_HOST ?? '{}') as WebHostOptions;
const host = await startWebHost({
  ...options,
  log: { info: () => undefined, warn: (message) => console.warn(`[host] ${message}`) },
});
process.stdout.write(`${JSON.stringify({ url: host.url, token: host.token })}\n`);

process.stdin.resume();
process.stdin.on('end', () => {
  host.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
