import { type CSSProperties, type RefObject, useLayoutEffect, useState } from 'react';

const MARGIN = 8;
const GAP = 4;
// Transparent rather than hidden before it is placed: a hidden element cannot
// take focus, and the menu focuses its first item in the same commit.
const HIDDEN: CSSProperties = { position: 'fixed', top: 0, left: 0, opacity: 0 };

/**
 * Places a floating element (a menu, a popover) under its anchor, or above it
 * when there is no room below, kept inside the window. It is fixed to the window
 * and rendered outside the board, so the columns' scrolling cannot clip it.
 */
export function useAnchoredPosition(
  anchor: RefObject<HTMLElement | null>,
  floating: RefObject<HTMLElement | null>,
  open: boolean,
  align: 'start' | 'end',
): CSSProperties {
  const [style, setStyle] = useState<CSSProperties>(HIDDEN);

  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const rect = anchor.current?.getBoundingClientRect();
      const element = floating.current;
      if (rect === undefined || element === null) return;
      const width = element.offsetWidth;
      const height = element.offsetHeight;
      let top = rect.bottom + GAP;
      if (top + height > window.innerHeight - MARGIN && rect.top - GAP - height >= MARGIN) {
        top = rect.top - GAP - height;
      }
      top = Math.max(MARGIN, Math.min(top, window.innerHeight - MARGIN - height));
      const preferred = align === 'end' ? rect.right - width : rect.left;
      const left = Math.max(MARGIN, Math.min(preferred, window.innerWidth - MARGIN - width));
      setStyle({ position: 'fixed', top, left });
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [anchor, floating, open, align]);

  return style;
}
