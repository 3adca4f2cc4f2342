import { type RefObject, useLayoutEffect } from 'react';

import { type CountdownFace, ONES_ROLL, TENS_ROLL } from '../../../../shared/schedule/countdown';
import { MINUTE, SECOND } from './use-aligned-now';

const ROLLS = [
  { period: MINUTE, count: (face: CountdownFace) => face.minutes.length, repeat: 1 },
  { period: 10 * SECOND, count: () => TENS_ROLL.length, repeat: Infinity },
  { period: SECOND, count: () => ONES_ROLL.length, repeat: Infinity },
] as const;

/**
 * Sets the countdown's rolls of digits turning: each a transform animation in
 * steps, which the compositor runs on its own thread, so no second of the
 * countdown runs a script, a layout or a paint. All start from the same instant
 * on the document's timeline, taken from the clock at each render (at least
 * once a minute): a clock set forward, or a computer woken from sleep, is
 * caught up with there.
 */
export function useCountdownRolls(
  rolls: RefObject<(HTMLSpanElement | null)[]>,
  endsAt: number,
  face: CountdownFace,
  running: boolean,
): void {
  useLayoutEffect(() => {
    if (!running) return;
    // The rolls' common start (the first M:59) as a time on the document's timeline.
    const startedAt = endsAt - (face.minutes[0]! * 60 + 59) * SECOND;
    const timelineNow = Number(document.timeline.currentTime ?? 0);
    const startTime = timelineNow - (Date.now() - startedAt);
    const animations = ROLLS.flatMap(({ period, count, repeat }, index) => {
      const element = rolls.current[index];
      if (element === null || element === undefined) return [];
      const steps = count(face);
      // Each item is one line of the roll: -100 % of its height is the last one passed.
      const animation = element.animate(
        [{ transform: 'translateY(0)' }, { transform: 'translateY(-100%)' }],
        {
          duration: steps * period,
          iterations: repeat,
          easing: `steps(${steps})`,
          fill: 'forwards',
        },
      );
      animation.startTime = startTime;
      return [animation];
    });
    return () => {
      for (const animation of animations) animation.cancel();
    };
  });
}
