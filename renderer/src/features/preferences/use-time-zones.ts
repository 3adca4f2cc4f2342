import { useMemo } from 'react';

import { dayDate } from '../../../../shared/schedule/dates';
import { homeClock, isTimeZone } from '../../../../shared/schedule/zones';
import { useMeta } from '../../program';
import { usePreferences } from './preferences-context';

/** This computer's time zone, as the operating system gives it to the page. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export type TimeZones = {
  venue: string;
  home: string;
  /**
   * A venue time of the program's n-th day (0-based) on the home clock, in
   * minutes after the venue day's midnight; null when both clocks read alike.
   */
  homeOf: (dayIndex: number, minutes: number) => number | null;
};

/**
 * The venue's zone (the program's) and the user's home zone (Preferences, or
 * this computer's). Until the settings are read the home zone is the venue's,
 * so no second time flickers in and out.
 */
export function useTimeZones(): TimeZones {
  const { timeZone: venue, startDate } = useMeta();
  const chosen = usePreferences().settings?.homeTimeZone ?? null;
  const home =
    chosen === null
      ? venue
      : chosen === 'system' || !isTimeZone(chosen)
        ? systemTimeZone()
        : chosen;
  return useMemo(() => {
    // The week is recomputed on every step of a drag; each time is worked out once.
    const known = new Map<string, number | null>();
    const homeOf = (dayIndex: number, minutes: number): number | null => {
      if (venue === home) return null;
      const key = `${dayIndex} ${minutes}`;
      let clock = known.get(key);
      if (clock === undefined) {
        clock = homeClock(dayDate(startDate, dayIndex), minutes, { venue, home });
        known.set(key, clock);
      }
      return clock;
    };
    return { venue, home, homeOf };
  }, [venue, home, startDate]);
}
