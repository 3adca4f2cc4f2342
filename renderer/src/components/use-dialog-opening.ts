import { useCallback, useRef, useState } from 'react';

export type DialogOpening<T> = {
  /** What the dialog was opened with, or null while it is closed. */
  value: T | null;
  open: (value: T) => void;
  close: () => void;
};

/**
 * For a dialog that leaves the page when it closes: the browser cannot give
 * focus back to what had it, so this does, whether the dialog was opened by a
 * button, a menu command or a shortcut.
 */
export function useDialogOpening<T>(): DialogOpening<T> {
  const [value, setValue] = useState<T | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback((next: T) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setValue(next);
  }, []);
  const close = useCallback(() => {
    setValue(null);
    opener.current?.focus();
  }, []);
  return { value, open, close };
}
