import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * For a dialog that leaves the page when it closes, giving focus back to what
 * opened it. The dialog leaves the page first: while a modal dialog is open,
 * everything behind it is inert and cannot take focus.
 */
export function useReturningDialog(): { isOpen: boolean; open: () => void; close: () => void } {
  const [isOpen, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  const close = useCallback(() => {
    flushSync(() => setOpen(false));
    opener.current?.focus();
  }, []);
  return { isOpen, open, close };
}
