import { useEffect } from 'react';

import type { Settings } from '../../../shared/host-api/contract';

/** Applies the appearance setting; "system" leaves light or dark to the OS. */
export function useAppearance(appearance: Settings['appearance'] | undefined): void {
  useEffect(() => {
    const root = document.documentElement;
    if (appearance === undefined || appearance === 'system') delete root.dataset.appearance;
    else root.dataset.appearance = appearance;
  }, [appearance]);
}
