/**
 * What a Playwright run's JSON report says: how many tests passed, and by name
 * which failed, which were flaky and why some were skipped. A flaky test failed
 * at least once and passed on a retry (playwright.config.ts allows one); the
 * runners count it as a failure, so a flake can never pass unnoticed.
 */
import { existsSync, readFileSync } from 'node:fs';

type Annotation = { type: string; description?: string };
type ReportTest = {
  status: 'expected' | 'unexpected' | 'flaky' | 'skipped';
  annotations?: Annotation[];
};
type ReportSpec = { title: string; file: string; line: number; tests: ReportTest[] };
type ReportSuite = { suites?: ReportSuite[]; specs?: ReportSpec[] };
type Report = { suites: ReportSuite[] };

export type PlaywrightOutcome = {
  passed: number;
  skipped: number;
  /** "file:line › title" of each test that failed every attempt. */
  failed: string[];
  /** "file:line › title" of each test that passed only on a retry. */
  flaky: string[];
  skipReasons: string[];
};

/** The outcome of the run that wrote `path`, or null when it wrote no report (it did not start). */
export function readPlaywrightReport(path: string): PlaywrightOutcome | null {
  if (!existsSync(path)) return null;
  const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
  const outcome: PlaywrightOutcome = {
    passed: 0,
    skipped: 0,
    failed: [],
    flaky: [],
    skipReasons: [],
  };
  const reasons = new Set<string>();
  const visit = (suite: ReportSuite) => {
    suite.suites?.forEach(visit);
    for (const spec of suite.specs ?? []) {
      const name = `${spec.file}:${spec.line} › ${spec.title}`;
      for (const test of spec.tests) {
        if (test.status === 'expected') outcome.passed++;
        else if (test.status === 'unexpected') outcome.failed.push(name);
        else if (test.status === 'flaky') outcome.flaky.push(name);
        else {
          outcome.skipped++;
          for (const note of test.annotations ?? [])
            if (note.type === 'skip' && note.description) reasons.add(note.description);
        }
      }
    }
  };
  report.suites.forEach(visit);
  outcome.skipReasons = [...reasons];
  return outcome;
}

export type PlaywrightVerdict = {
  passed: number;
  failed: number;
  skipped: number;
  notes: string[];
};

/**
 * The counts a runner adds up for one Playwright run: flaky tests count as
 * failed, each with a note naming it, and so does a run that exited with an
 * error without a failed test to show for it (a crash, a broken config).
 */
export function judgePlaywrightRun(
  project: string,
  outcome: PlaywrightOutcome | null,
  exitCode: number,
): PlaywrightVerdict {
  if (outcome === null)
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      notes: [`playwright ${project} produced no report (exit ${exitCode})`],
    };
  const failures = outcome.failed.length + outcome.flaky.length;
  return {
    passed: outcome.passed,
    failed: failures + (failures === 0 && exitCode !== 0 ? 1 : 0),
    skipped: outcome.skipped,
    notes: [
      ...outcome.failed.map((name) => `${project}: failed — ${name}`),
      // A pass that needed a retry hides a race, in the app or in the test.
      ...outcome.flaky.map((name) => `${project}: flaky, passed only on retry — ${name}`),
      ...(failures === 0 && exitCode !== 0
        ? [`${project}: exited with ${exitCode} without a failed test`]
        : []),
      ...outcome.skipReasons.map((reason) => `${project}: skipped — ${reason}`),
    ],
  };
}
