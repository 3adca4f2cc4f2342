import { AMBER, countdownTone, RED } from './delivery';

/**
 * A countdown's face: minutes, then the tens and the ones of the seconds, each
 * a roll of digits that steps on by itself (the screen's compositor moves it,
 * so a second costs the page nothing). All three rolls are phased from one
 * instant: the start of the first second the countdown could show with its
 * first minutes, M:59. These are the sums both the view and its tests use.
 */

/** The whole seconds shown for what is left: with 0.2 s left it still shows 0:01. */
export function shownSeconds(remaining: number): number {
  return Math.max(0, Math.ceil(remaining));
}

/** "12:05" for 725 seconds. */
export function minutesAndSeconds(seconds: number): string {
  const whole = shownSeconds(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** The tens of the seconds from 5 down to 0, and the ones from 9 down to 0. */
export const TENS_ROLL = [5, 4, 3, 2, 1, 0] as const;
export const ONES_ROLL = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] as const;

export type CountdownFace = {
  /** The minutes roll, from the first minutes shown down to 0. */
  minutes: number[];
  /** Seconds since the rolls' common start (M:59), at the moment asked. */
  elapsed: number;
};

/** The rolls for a countdown with `remaining` seconds left (more than 0). */
export function countdownFace(remaining: number): CountdownFace {
  const first = Math.floor(shownSeconds(remaining) / 60);
  return {
    minutes: Array.from({ length: first + 1 }, (_, index) => first - index),
    elapsed: first * 60 + 59 - remaining,
  };
}

/**
 * What the rolls show `elapsed` seconds after their common start, stepping as
 * their animations do: the minutes once a minute, the tens of the seconds every
 * ten seconds through 5…0, the ones every second through 9…0.
 */
export function faceAt(face: CountdownFace, elapsed: number): string {
  const step = Math.floor(elapsed);
  const minutes = face.minutes[Math.floor(step / 60)] ?? 0;
  const tens = TENS_ROLL[Math.floor(step / 10) % TENS_ROLL.length];
  const ones = ONES_ROLL[step % ONES_ROLL.length];
  return `${minutes}:${tens}${ones}`;
}

/**
 * Seconds from now to the next moment the view itself must change: the whole
 * minutes left (what a screen reader reads), the tone, or the end; null once
 * it has ended.
 */
export function secondsToNextChange(remaining: number, total: number): number | null {
  if (remaining <= 0) return null;
  // The whole minutes shown drop as the shown seconds pass 60k − 1 (1:00 → 0:59).
  const minuteChange = Math.floor((remaining + 1) / 60) * 60 - 1;
  const tone = countdownTone(remaining, total);
  const toneChange = tone === 'green' ? total * AMBER : tone === 'amber' ? total * RED : 0;
  const next = Math.max(0, toneChange, minuteChange < remaining ? minuteChange : minuteChange - 60);
  return remaining - next;
}
