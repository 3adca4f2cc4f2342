// One module each: the package's index pulls in all of date-fns, seconds of start-up in Node.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/** Whether a string is a real calendar date in ISO form (yyyy-MM-dd). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));
}

/** The ISO date of the n-th day (0-based) of a program starting on `startDate`. */
export function dayDate(startDate: string, index: number): string {
  const start = parseISO(startDate);
  return isValid(start) ? format(addDays(start, index), 'yyyy-MM-dd') : startDate;
}

/** The Monday on or after a date: the usual start of a training week. */
export function nextMonday(from: Date): string {
  const offset = (8 - from.getDay()) % 7;
  return format(addDays(from, offset), 'yyyy-MM-dd');
}
