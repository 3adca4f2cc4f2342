import type { VersionEntry, VersionKind } from './version-list';

/** An edit after this long without one keeps the state before it (docs/history.md, "Versions"). */
export const EDIT_PAUSE_MS = 30 * 60 * 1000;

/**
 * When this user starts editing after a pause: the first edit since the
 * program opened, or the first after at least EDIT_PAUSE_MS without one. The
 * clock is passed in, so tests move it.
 */
export class EditPause {
  private lastEdit: number | null = null;

  constructor(private readonly now: () => number) {}

  /** Whether an edit made now starts after a pause. */
  isAfterPause(): boolean {
    return this.lastEdit === null || this.now() - this.lastEdit >= EDIT_PAUSE_MS;
  }

  /** How long until an edit would start after a pause: 0 when one would now. */
  untilPause(): number {
    return this.lastEdit === null ? 0 : Math.max(0, EDIT_PAUSE_MS - (this.now() - this.lastEdit));
  }

  edited(): void {
    this.lastEdit = this.now();
  }
}

/**
 * Whether a version of `kind` with this body is not worth keeping: an automatic
 * one when the newest version already holds the same state. A named version is
 * always kept: the user asked for it, by name.
 */
export function isRedundant(
  kind: VersionKind,
  digest: string,
  newest: VersionEntry | undefined,
): boolean {
  return kind !== 'named' && newest?.digest === digest;
}
