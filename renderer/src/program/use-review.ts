import { useCallback, useEffect, useSyncExternalStore } from 'react';

import type { ProgramSession } from './program-session';

/** Whether the open program's review document holds its stored state yet. */
export function useReviewLoaded(session: ProgramSession): boolean {
  const subscribe = useCallback((notify: () => void) => session.onReviewLoaded(notify), [session]);
  return useSyncExternalStore(subscribe, () => session.isReviewLoaded);
}

/** How long the review may wait for an idle moment after the first frame, ms. */
const IDLE_TIMEOUT_MS = 200;

/** Keys and presses that can start an edit or a comment; the review is loaded before they are handled. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'beforeinput', 'paste', 'drop'] as const;

/**
 * Loads the review document once the window has shown what it opened on: in
 * the first idle moment after the next frame, or at the first key or pointer
 * press before that, handled on the window before anything on the page sees it
 * (docs/comments.md, "Opening a plan").
 */
export function useLoadReviewAfterFirstPaint(session: ProgramSession): void {
  useEffect(() => {
    const load = () => {
      if (!session.isReviewLoaded) void session.loadReview().catch(() => undefined);
    };
    const idle = window.requestIdleCallback?.bind(window);
    let idleId: number | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const frame = requestAnimationFrame(() => {
      if (idle === undefined) timer = setTimeout(load, 0);
      else idleId = idle(load, { timeout: IDLE_TIMEOUT_MS });
    });
    for (const type of INPUT_EVENTS) window.addEventListener(type, load, { capture: true });
    return () => {
      cancelAnimationFrame(frame);
      if (idleId !== null) window.cancelIdleCallback(idleId);
      if (timer !== null) clearTimeout(timer);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, load, { capture: true });
    };
  }, [session]);
}
