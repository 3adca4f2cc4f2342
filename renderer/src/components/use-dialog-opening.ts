import { useCallback, useEffect, useRef, useState } from 'react';

export type DialogOpening<T> = {
  /** What the dialog was opened with, or null while it is closed. */
  value: T | null;
  open: (value: T) => void;
  close: () => void;
};

/**
 * For a dialog that leaves the page when it closes: the browser cannot give
 * focus back to what had it, so this does, whether the dialog was opened by a
 * button, a menu command or a shortcut. It does so once the dialog is gone:
 * while a modal dialog is open the rest of the page is inert and refuses focus.
 */
export function useDialogOpening<T>(): DialogOpening<T> {
  const [value, setValue] = useState<T | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback((next: T) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setValue(next);
  }, []);
  const close = useCallback(() => setValue(null), []);
  useEffect(() => {
    if (value !== null || opener.current === null) return;
    const element = opener.current;
    opener.current = null;
    // Unless the closing itself moved focus somewhere on purpose (a link it followed).
    if (document.activeElement === null || document.activeElement === document.body) {
      element.focus();
    }
  }, [value]);
  return { value, open, close };
}
