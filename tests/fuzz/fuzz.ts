import { addOutcomes, type Outcomes } from './outcomes';
import { replay, type RoundOptions, type RoundResult, runRound } from './round';
import { shrink } from './shrink';
import { describeEvent } from './simulation';

export type FuzzOptions = RoundOptions & {
  /** Round r runs with seed (seed + r) mod 2^32, so any round replays alone from its own seed. */
  seed: number;
  rounds: number;
  log: (line: string) => void;
};

export type FuzzResult = { rounds: number; outcomes: Outcomes; failure: string | null };

export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const { seed, rounds, log } = options;
  const outcomes: Outcomes = {};
  const started = Date.now();
  const every = Math.max(1, Math.round(rounds / 10));
  for (let round = 0; round < rounds; round++) {
    const result = runRound((seed + round) >>> 0, options);
    if (result.failures.length > 0)
      return { rounds: round + 1, outcomes, failure: report(result, round, options) };
    addOutcomes(outcomes, result.outcomes);
    if ((round + 1) % every === 0 && rounds >= 1000) {
      log(
        `convergence fuzz: ${round + 1}/${rounds} rounds in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      // Lets the test runner pass the line on now rather than when the run ends.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { rounds, outcomes, failure: null };
}

/** The failing round: its seed, what failed, and the fewest events that still fail that way. */
function report(result: RoundResult, round: number, options: FuzzOptions): string {
  const first = result.failures[0];
  const minimal =
    first === undefined
      ? result.script
      : shrink(result.script, first.kind, (script) => replay(result.seed, script, options));
  const kinds = [...new Set(result.failures.map((failure) => failure.kind))];
  return [
    `convergence fuzz failed in round ${round + 1} of ${options.rounds}, seed ${result.seed}`,
    `replay this round alone: COTUTOR_FUZZ_SEED=${result.seed} COTUTOR_FUZZ_ROUNDS=1${options.undo ? ' COTUTOR_FUZZ_UNDO=1' : ''} npx vitest run tests/unit/convergence-fuzz.test.ts`,
    'failures:',
    ...kinds.map((kind) => {
      const detail = result.failures.find((failure) => failure.kind === kind)?.detail ?? '';
      return `  ${kind} (${result.failures.filter((failure) => failure.kind === kind).length}×, e.g. ${detail})`;
    }),
    `fewest events that still fail with "${first?.kind ?? ''}" (${minimal.length} of ${result.script.length}),`,
    'starting from the seed’s program, then everyone online and everything delivered:',
    ...minimal.map((event) => `  ${describeEvent(event)}`),
  ].join('\n');
}
