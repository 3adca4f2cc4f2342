import type { Row } from './report';
import type { ReviewResult } from './review-bench';
import { median, ms, ratio } from './stats';

const verdict = (ok: boolean): string => (ok ? 'met' : 'missed');
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(2)} MiB`;

/** The rows of benchmark (h) for the Results table. */
export function reviewRows(review: ReviewResult): Row[] {
  const open = median(review.openWithComments);
  const plain = median(review.openPlain);
  const old = median(review.openOld);
  const current = median(review.openCurrent);
  const list = median(review.historyList);
  const compare = median(review.compare);
  const restore = median(review.restore);
  const scale = `${review.threads} threads, ${review.comments} comments, ${review.versions} versions`;
  return [
    [
      `Open a session plan with its ${review.sessionThreads} threads (${scale}; CPU, median)`,
      ms(open),
      `without comments ${ms(plain)}`,
      ratio(open, plain),
      `≤ 1.15×: ${verdict(open / plain <= 1.15)}`,
    ],
    [
      '↳ after the first paint: review applied / threads read / the plan’s anchors (CPU, medians)',
      `${ms(median(review.reviewApply))} / ${ms(median(review.reviewThreads))} / ${ms(median(review.reviewAnchors))}`,
      '',
      '',
      '',
    ],
    [
      `History list: read ${review.versions} entries + retention (CPU, median)`,
      ms(list),
      '',
      '',
      `≤ 100 ms: ${verdict(list <= 100)}`,
    ],
    [
      'Open the oldest version: file → Y.Doc → program (CPU, median)',
      ms(old),
      `the current state ${ms(current)}`,
      ratio(old, current),
      `≤ 1.5×: ${verdict(old / current <= 1.5)}`,
    ],
    [
      `Compare the oldest version with now, whole program (${review.changes} changes; CPU, median)`,
      ms(compare),
      '',
      '',
      `≤ 1 s: ${verdict(compare <= 1000)}`,
    ],
    [
      'Restore the whole program to the oldest version (CPU, median)',
      ms(restore),
      '',
      '',
      `≤ 1 s: ${verdict(restore <= 1000)}`,
    ],
    [
      'Disk per automatic version (mean file)',
      mib(review.versionFileBytes),
      `compacted program file ${mib(review.programFileBytes)}`,
      ratio(review.versionFileBytes, review.programFileBytes),
      '',
    ],
    ['↳ review document, encoded', mib(review.reviewBytes), '', '', ''],
  ];
}
