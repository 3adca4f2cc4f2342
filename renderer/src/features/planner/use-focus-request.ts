import { type RefObject, useCallback, useLayoutEffect, useRef } from 'react';

/**
 * Focus that must follow a block to where it is drawn next: a moved card is
 * unmounted from one column and mounted in another (or its node is moved, which
 * also drops focus), so the element to focus exists only after the re-render.
 * Elements opt in with data-focus-key ("handle:<id>", "open:<id>", …).
 */
export function useFocusRequest(container: RefObject<HTMLElement | null>): (key: string) => void {
  const pending = useRef<string | null>(null);

  // Runs after every render of the planner: one try, then the request is dropped.
  useLayoutEffect(() => {
    const key = pending.current;
    if (key === null) return;
    pending.current = null;
    container.current?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();
  });

  return useCallback((key: string) => {
    pending.current = key;
  }, []);
}
