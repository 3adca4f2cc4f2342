import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { useBlock, useMeta } from '../program';
import type { Route } from './route';

/** The product's name ends every window title, as the task bar and the window menu list it. */
const PRODUCT = 'Cotutor';

/** Sets the window's title (the document's, which Electron shows) while a screen is open. */
export function useWindowTitle(...places: string[]): void {
  const title = [...places.filter((place) => place !== ''), PRODUCT].join(' — ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/**
 * The title of a program's screens: what is open, then the program, in the
 * interface's language, so that two windows of Cotutor can be told apart.
 */
export function useProgramWindowTitle(route: Exclude<Route, { view: 'library' }>): void {
  const { t } = useTranslation();
  const { title } = useMeta();
  const block = useBlock(route.view === 'session' ? route.blockId : '');
  const place =
    route.view === 'session'
      ? block === null || block.title.trim() === ''
        ? t('untitled', { ns: 'session' })
        : block.title
      : route.view === 'settings' || route.view === 'today' || route.view === 'balance'
        ? t(`nav.${route.view}`)
        : route.view === 'week'
          ? ''
          : t('title', { ns: 'history' });
  useWindowTitle(place, title);
}
