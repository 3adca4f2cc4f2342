let last = 0;

/**
 * An ISO timestamp that is strictly later than the previous one from this
 * process, so that "most recently changed first" never depends on two changes
 * landing in different milliseconds.
 */
export function timestamp(): string {
  last = Math.max(Date.now(), last + 1);
  return new Date(last).toISOString();
}
