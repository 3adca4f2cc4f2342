import { useLayoutEffect, useRef } from 'react';

/**
 * The latest value of a prop for callbacks that must keep one identity (card
 * actions, dnd-kit handlers) yet read what was rendered last. Updated after each
 * commit, which is before any event can call them.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
