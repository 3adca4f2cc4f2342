import { describe, expect, it } from 'vitest';

import {
  countdownFace,
  faceAt,
  minutesAndSeconds,
  secondsToNextChange,
} from '../../shared/schedule/countdown';
import { countdownTone } from '../../shared/schedule/delivery';
import { mulberry32 } from '../support/random';

describe("a countdown's rolls of digits", () => {
  it('show what is left when they are set turning', () => {
    for (const remaining of [1, 9.5, 59, 60, 60.2, 61, 119, 599.99, 725, 5400]) {
      const face = countdownFace(remaining);
      expect(faceAt(face, face.elapsed), `${remaining} s left`).toBe(minutesAndSeconds(remaining));
    }
    expect(faceAt(countdownFace(60), countdownFace(60).elapsed)).toBe('1:00');
    expect(faceAt(countdownFace(725), countdownFace(725).elapsed)).toBe('12:05');
  });

  it('step on by themselves to show what is left at every later moment, minutes and tens turning over together', () => {
    const seed = Number(process.env.COTUTOR_COUNTDOWN_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.log(`countdown rolls: seed ${seed} (COTUTOR_COUNTDOWN_SEED=${seed} replays it)`);
    const random = mulberry32(seed);
    for (let trial = 0; trial < 2000; trial++) {
      const start = 1 + random() * 7200;
      const face = countdownFace(start);
      const passed = random() * (start - 0.001);
      expect(
        faceAt(face, face.elapsed + passed),
        `${start} s, then ${passed} s (seed ${seed})`,
      ).toBe(minutesAndSeconds(start - passed));
    }
  });

  it('turn 1:00 into 0:59 and 10:00 into 9:59 in one step', () => {
    const face = countdownFace(600);
    expect(faceAt(face, face.elapsed + 0.999)).toBe('10:00');
    expect(faceAt(face, face.elapsed + 1)).toBe('9:59');
    expect(faceAt(face, face.elapsed + 541)).toBe('0:59');
    expect(faceAt(face, face.elapsed + 540.5)).toBe('1:00');
  });
});

describe('when a countdown itself must change', () => {
  it('is when the whole minutes shown drop, the tone changes, or time is up', () => {
    // 10 minutes of 10: the minutes drop as 10:00 turns 9:59.
    expect(secondsToNextChange(600, 600)).toBe(1);
    expect(secondsToNextChange(599, 600)).toBe(60);
    expect(secondsToNextChange(119.5, 600)).toBe(0.5);
    // Amber at a fifth left (120 s of 600), which comes before the minute change at 119.
    expect(secondsToNextChange(130, 600)).toBe(10);
    // Red at a twentieth (30 s of 600), then the end.
    expect(secondsToNextChange(59, 600)).toBe(29);
    expect(secondsToNextChange(30, 600)).toBe(30);
    expect(secondsToNextChange(0, 600)).toBeNull();
  });

  it('never lets a tone or whole minute change go by between two renders', () => {
    for (const total of [45, 60, 300, 600, 1200, 5400]) {
      let remaining = total;
      const seen: string[] = [];
      for (;;) {
        seen.push(`${countdownTone(remaining, total)} ${Math.floor(Math.ceil(remaining) / 60)}`);
        const wait = secondsToNextChange(remaining, total);
        if (wait === null) break;
        expect(wait).toBeGreaterThan(0);
        remaining -= wait;
      }
      // Every state a second-by-second count passes through, and no other.
      const each = new Set<string>();
      for (let left = total; left >= 0; left -= 0.25) {
        each.add(`${countdownTone(left, total)} ${Math.floor(Math.ceil(left) / 60)}`);
      }
      expect(new Set(seen), `${total} s`).toEqual(each);
    }
  });
});
