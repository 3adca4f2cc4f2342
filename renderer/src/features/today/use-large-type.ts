import { useCallback, useState } from 'react';

/** Kept on this computer for this user: projecting is a matter of the room, not of the program. */
const STORAGE_KEY = 'cotutor.today.largeType';

function stored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    // Storage may be unavailable (a private window): normal type.
    return false;
  }
}

export function useLargeType(): [boolean, (on: boolean) => void] {
  const [large, setLarge] = useState(stored);
  const change = useCallback((on: boolean) => {
    setLarge(on);
    try {
      localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // As above: the choice lasts until the view closes.
    }
  }, []);
  return [large, change];
}
