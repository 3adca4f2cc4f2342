/**
 * `npm run test:fuzz`: the convergence fuzz at length, 10,000 rounds unless
 * COTUTOR_FUZZ_ROUNDS says otherwise, from COTUTOR_FUZZ_SEED or a random seed.
 * The rounds are split into consecutive slices run side by side, one vitest per
 * core (the fuzz is single-threaded), each through the same test as `npm test`
 * so that the model's ids are swapped the same way (tests/fuzz/ids.ts). Round r
 * has seed (seed + r) in every slice, so a failing round replays alone from the
 * seed it prints.
 */
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { availableParallelism } from 'node:os';

const rounds = Number(process.env.COTUTOR_FUZZ_ROUNDS ?? 10_000);
const seed = Number(process.env.COTUTOR_FUZZ_SEED ?? randomInt(2 ** 32)) >>> 0;
const jobs = Math.max(1, Math.min(availableParallelism(), Math.ceil(rounds / 1000)));
const started = Date.now();
// eslint-disable-next-line no-control-regex -- terminal colour codes are what it matches
const ANSI = /\u001b\[[0-9;]*m/g;
console.log(
  `convergence fuzz: ${rounds} rounds from seed ${seed} in ${jobs} process${jobs === 1 ? '' : 'es'}`,
);

function slice(job: number): Promise<number> {
  const first = Math.floor((rounds * job) / jobs);
  const count = Math.floor((rounds * (job + 1)) / jobs) - first;
  const env = {
    ...process.env,
    COTUTOR_FUZZ_SEED: String((seed + first) >>> 0),
    COTUTOR_FUZZ_ROUNDS: String(count),
  };
  const child = spawn(
    'npx',
    ['vitest', 'run', '--project', 'unit', 'tests/unit/convergence-fuzz.test.ts'],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // npx is a .cmd file on Windows, which only a shell can start.
      shell: process.platform === 'win32',
    },
  );
  // Each line tagged with its slice, so that two slices' output stays readable;
  // colours and vitest's header before every logged line are left out.
  const tag = `[${job + 1}/${jobs}] `;
  const forward = (from: NodeJS.ReadableStream, to: NodeJS.WriteStream) => {
    let partial = '';
    const write = (line: string) => {
      if (line.trim() !== '' && !line.startsWith('stdout |')) to.write(`${tag}${line}\n`);
    };
    from.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).replace(ANSI, '').split('\n');
      partial = lines.pop() ?? '';
      lines.forEach(write);
    });
    from.on('end', () => write(partial));
  };
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

const codes = await Promise.all(Array.from({ length: jobs }, (_, job) => slice(job)));
const failed = codes.filter((code) => code !== 0).length;
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `convergence fuzz: ${rounds} rounds from seed ${seed}, ${failed === 0 ? 'all passed' : `${failed} of ${jobs} slices failed`} in ${seconds} s`,
);
process.exitCode = failed === 0 ? 0 : 1;
