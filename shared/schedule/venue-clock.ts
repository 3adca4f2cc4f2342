/**
 * The time at the venue. The day being delivered is the one whose date it is
 * where the program takes place, whatever the zone of the computer showing it
 * (a co-tutor who flew in may not have changed it).
 */

export type VenueNow = {
  /** ISO date (yyyy-MM-dd) at the venue. */
  date: string;
  /** Seconds after the venue's midnight, with the instant's fraction. */
  seconds: number;
};

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Whether the runtime knows an IANA zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The date and time of day at the venue at an instant; an unknown zone reads as UTC. */
export function venueNow(instant: Date, timeZone: string): VenueNow {
  const zone = isKnownTimeZone(timeZone) ? timeZone : 'UTC';
  const parts = new Map(
    formatFor(zone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const number = (type: Intl.DateTimeFormatPartTypes) => Number(parts.get(type) ?? 0);
  const fraction = (((instant.getTime() % 1000) + 1000) % 1000) / 1000;
  return {
    date: `${parts.get('year')}-${parts.get('month')}-${parts.get('day')}`,
    seconds: number('hour') * 3600 + number('minute') * 60 + number('second') + fraction,
  };
}
