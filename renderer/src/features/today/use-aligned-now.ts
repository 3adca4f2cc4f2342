import { useEffect, useState } from 'react';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

/**
 * The time now, moving on at each whole `periodMs` of the clock (every zone's
 * offset is whole minutes, so a whole UTC minute is a whole minute at the
 * venue too). Only the component using it re-renders, once a period.
 */
export function useAlignedNow(periodMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const wait = () => {
      timer = setTimeout(
        () => {
          setNow(Date.now());
          wait();
        },
        periodMs - (Date.now() % periodMs),
      );
    };
    wait();
    return () => clearTimeout(timer);
  }, [periodMs]);
  return now;
}
