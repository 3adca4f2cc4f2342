import type * as Y from 'yjs';

import { compareProgramStates, countChanges } from '../../../../shared/history/compare';

/** Compare again only once the program has been quiet this long: never per keystroke. */
export const RECOUNT_QUIET_MS = 1000;

/**
 * Counts the changes between the approved version and the live program: first
 * just after it starts (not within the caller's own work), then again each time the program has been quiet for
 * RECOUNT_QUIET_MS after a change (this user's or a co-tutor's). Comparing the
 * whole program takes tens of milliseconds on a large one, too long to run on
 * every update.
 */
export class ChangeCounter {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current: number | null = null;

  constructor(
    private readonly approved: Y.Doc,
    private readonly live: Y.Doc,
    private readonly onCount: (count: number) => void,
  ) {
    this.timer = setTimeout(this.recount, 0);
    live.on('update', this.onUpdate);
  }

  /** The count as last computed, at most RECOUNT_QUIET_MS behind the program; null before the first. */
  get changes(): number | null {
    return this.current;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.live.off('update', this.onUpdate);
  }

  private readonly onUpdate = () => {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.recount, RECOUNT_QUIET_MS);
  };

  private readonly recount = () => {
    const count = countChanges(compareProgramStates(this.approved, this.live));
    this.current = count;
    this.onCount(count);
  };
}
