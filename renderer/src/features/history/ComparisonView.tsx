import type { ProgramComparison } from '../../../../shared/history/compare';

/** Shows a comparison of two program states: per day, then per session. */
export function ComparisonView(_props: { comparison: ProgramComparison }) {
  return null;
}
