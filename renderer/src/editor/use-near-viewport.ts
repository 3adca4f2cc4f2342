import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * Whether the element is within one screen of the visible part of its scroll
 * container; once true, it stays true. Decided before the first paint for what
 * the first screen shows, then by an IntersectionObserver as the user scrolls.
 */
export function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');

  useLayoutEffect(() => {
    const element = ref.current;
    if (near || element === null) return undefined;
    const root = scrollContainerOf(element);
    if (isNear(element, root)) {
      setNear(true);
      return undefined;
    }
    // The margin extends the root's box, so the root must be the scroll container:
    // against the viewport, the container's own clipping would hide everything below.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { root, rootMargin: `${SCREENS * 100}% 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, ref]);

  return near;
}

/** How far beyond the visible part, in heights of it, counts as near. */
const SCREENS = 1;

function isNear(element: HTMLElement, root: HTMLElement | null): boolean {
  const box = element.getBoundingClientRect();
  const top = root === null ? 0 : root.getBoundingClientRect().top;
  const height = root === null ? window.innerHeight : root.clientHeight;
  const margin = SCREENS * height;
  return box.bottom >= top - margin && box.top <= top + height + margin;
}

function scrollContainerOf(element: HTMLElement): HTMLElement | null {
  for (let at = element.parentElement; at !== null; at = at.parentElement) {
    const overflow = getComputedStyle(at).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return at;
  }
  return null;
}
