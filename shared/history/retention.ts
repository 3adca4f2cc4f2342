import type { VersionEntry } from './version-list';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Automatic versions younger than this are all kept (docs/history.md, "Retention"). */
export const KEEP_ALL_AUTOMATIC_MS = 7 * DAY_MS;

/**
 * The automatic versions retention removes at `now`: named versions are kept
 * forever; automatic ones are all kept for seven days, then only the last of
 * each day (days in UTC, so that co-tutors in different time zones thin alike).
 * The rule only ever removes more as time passes, so windows that apply it at
 * different moments still agree on what is left.
 */
export function versionsToThin(entries: readonly VersionEntry[], now: Date): string[] {
  const lastOfDay = new Map<string, VersionEntry>();
  const old: VersionEntry[] = [];
  for (const entry of entries) {
    if (entry.kind === 'named') continue;
    if (now.getTime() - Date.parse(entry.createdAt) < KEEP_ALL_AUTOMATIC_MS) continue;
    old.push(entry);
    const day = entry.createdAt.slice(0, 10);
    const kept = lastOfDay.get(day);
    if (kept === undefined || later(entry, kept)) lastOfDay.set(day, entry);
  }
  const keep = new Set([...lastOfDay.values()].map((entry) => entry.id));
  return old.filter((entry) => !keep.has(entry.id)).map((entry) => entry.id);
}

/** The later of two versions; the same moment is settled by id, as every window settles it. */
function later(a: VersionEntry, b: VersionEntry): boolean {
  const difference = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  return difference !== 0 ? difference > 0 : a.id > b.id;
}
