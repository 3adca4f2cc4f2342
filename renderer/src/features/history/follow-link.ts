import type { MouseEvent } from 'react';

/**
 * A link inside an old version (the contents, the week at a glance) scrolls to
 * its place in the version and never moves the app: the address's fragment is
 * the app's route.
 */
export function followLinkWithin(event: MouseEvent<HTMLElement>): void {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (link === null) return;
  event.preventDefault();
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('#')) return;
  event.currentTarget
    .querySelector(`[id="${CSS.escape(href.slice(1))}"]`)
    ?.scrollIntoView({ block: 'start' });
}
