import { LIMITS } from '../schema';

/**
 * Last line of defence for values written into a program. Forms validate first and
 * show their own messages (shared/schedule/time.ts); these throw, because a value
 * reaching here unchecked is a programming error.
 */
export function assertDuration(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > LIMITS.minutesPerDay) {
    throw new RangeError(`A duration must be whole minutes from 0 to ${LIMITS.minutesPerDay}.`);
  }
}

export function assertClock(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= LIMITS.minutesPerDay) {
    throw new RangeError('A time of day must be whole minutes from 00:00 to 23:59.');
  }
}

export function assertTitle(title: string): void {
  if (title.length > LIMITS.maxTitleLength) {
    throw new RangeError(`A title can hold at most ${LIMITS.maxTitleLength} characters.`);
  }
}

export function assertText(value: string): void {
  if (value.length > LIMITS.maxTextLength) {
    throw new RangeError(`A field can hold at most ${LIMITS.maxTextLength} characters.`);
  }
}
