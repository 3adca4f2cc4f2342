import type { Failure } from './checks';
import type { Event } from './simulation';

/**
 * Cuts a failing script down to a few events that still fail the same way
 * (delta debugging: drop ever smaller chunks while the failure stays). Every
 * event can be dropped: edits on things that no longer exist do nothing, and the
 * end of every replay reconnects everyone and delivers everything.
 */
export function shrink(
  script: readonly Event[],
  kind: string,
  replay: (script: readonly Event[]) => Failure[],
  budgetMs = 20_000,
): Event[] {
  const deadline = Date.now() + budgetMs;
  const stillFails = (candidate: readonly Event[]) =>
    replay(candidate).some((failure) => failure.kind === kind);
  let current = [...script];
  let chunk = Math.ceil(current.length / 2);
  while (chunk >= 1 && Date.now() < deadline) {
    let removed = false;
    for (let start = current.length - chunk; start >= 0 && Date.now() < deadline; start -= chunk) {
      const candidate = [...current.slice(0, start), ...current.slice(start + chunk)];
      if (stillFails(candidate)) {
        current = candidate;
        removed = true;
      }
    }
    if (!removed) chunk = Math.floor(chunk / 2);
    else chunk = Math.min(chunk, Math.ceil(current.length / 2));
  }
  return current;
}
