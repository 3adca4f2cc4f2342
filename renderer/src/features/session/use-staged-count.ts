import { useEffect, useState } from 'react';

/**
 * How many of `total` parts to show: `first` at once, then one more after each
 * frame. A session plan holds some twenty rich-text editors; mounting them all
 * before the first paint would keep the user waiting for fields below the fold.
 */
export function useStagedCount(total: number, first: number): number {
  const [count, setCount] = useState(Math.min(first, total));

  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => {
      // After the frame is painted, not before it: a macrotask from inside rAF.
      setTimeout(() => setCount((current) => Math.min(current + 1, total)), 0);
    });
    return () => cancelAnimationFrame(frame);
  }, [count, total]);

  return count;
}
