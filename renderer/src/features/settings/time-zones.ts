/**
 * The venue time zone choices. Co-tutors mostly meet in Kazakhstan or the
 * Netherlands, so those zones come first; every other IANA zone follows.
 */
export const LIKELY_TIME_ZONES = [
  'Asia/Almaty',
  'Asia/Aqtobe',
  'Asia/Qostanay',
  'Europe/Amsterdam',
] as const;

export type TimeZoneChoices = { likely: string[]; others: string[] };

/**
 * Splits the zones the runtime knows into the likely ones and the rest. The
 * program's current zone is always offered, even when this runtime does not list
 * it (an alias such as "UTC", or a zone from a newer database), so that showing
 * the form never changes the value.
 */
export function timeZoneChoices(supported: readonly string[], current: string): TimeZoneChoices {
  const known = new Set(supported);
  const likely: string[] = LIKELY_TIME_ZONES.filter((zone) => known.has(zone));
  const others = supported.filter((zone) => !likely.includes(zone));
  if (current !== '' && !known.has(current) && !likely.includes(current)) likely.unshift(current);
  return { likely, others: [...others].sort((a, b) => a.localeCompare(b, 'en')) };
}

/** "UTC+5", "UTC+5:45" or "UTC" for a zone at a moment; null when the zone is unknown. */
export function utcOffsetOf(zone: string, at: Date): string | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      timeZoneName: 'shortOffset',
    }).formatToParts(at);
    const name = parts.find((part) => part.type === 'timeZoneName')?.value;
    if (name === undefined) return null;
    // ICU writes "GMT+5" (and, depending on its data, "GMT" or "GMT+0" for no
    // offset); co-tutors speak of UTC offsets.
    const offset = name.replace(/^GMT/, 'UTC');
    return offset === 'UTC+0' || offset === 'UTC-0' ? 'UTC' : offset;
  } catch {
    return null;
  }
}

/** "Asia/Almaty (UTC+5)": what the time zone select shows for a zone. */
export function timeZoneLabel(zone: string, at: Date): string {
  const offset = utcOffsetOf(zone, at);
  // "UTC" names its offset already.
  return offset === null || offset === zone ? zone : `${zone} (${offset})`;
}

const openedAt = new Date();
const labels = new Map<string, string>();

/**
 * timeZoneLabel with the offset in force when the page was opened, worked out
 * once per zone: the selects list some 400 zones on every render.
 */
export function zoneLabelNow(zone: string): string {
  let label = labels.get(zone);
  if (label === undefined) {
    label = timeZoneLabel(zone, openedAt);
    labels.set(zone, label);
  }
  return label;
}
