import { useCallback, useSyncExternalStore } from 'react';

/**
 * Where the user is, kept in the address's fragment so that a reload (or a
 * restart of the preview) comes back to the same program and session.
 */
export type Route =
  | { view: 'library'; creating?: boolean }
  | { view: 'week'; programId: string }
  /** Running the day on site: the day whose date it is at the venue. */
  | { view: 'today'; programId: string }
  | { view: 'settings'; programId: string }
  | { view: 'balance'; programId: string }
  | { view: 'session'; programId: string; blockId: string }
  | { view: 'history'; programId: string }
  | { view: 'version'; programId: string; versionId: string }
  /** `from` and `to` are version ids, or NOW for the program as it is. */
  | { view: 'compare'; programId: string; from: string; to: string };

/** The program as it is, in a comparison. */
export const NOW = 'now';

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, programId, view, first, second] = parts;
  if (head === 'new') return { view: 'library', creating: true };
  if (head !== 'program' || programId === undefined) return { view: 'library' };
  if (view === 'settings') return { view: 'settings', programId };
  if (view === 'today') return { view: 'today', programId };
  if (view === 'balance') return { view: 'balance', programId };
  if (view === 'session' && first !== undefined)
    return { view: 'session', programId, blockId: first };
  if (view === 'history') {
    if (first === 'version' && second !== undefined)
      return { view: 'version', programId, versionId: second };
    if (first === 'compare' && second !== undefined && parts[5] !== undefined)
      return { view: 'compare', programId, from: second, to: parts[5] };
    return { view: 'history', programId };
  }
  return { view: 'week', programId };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'library':
      return route.creating === true ? '#/new' : '#/';
    case 'week':
      return `#/program/${encodeURIComponent(route.programId)}`;
    case 'settings':
      return `#/program/${encodeURIComponent(route.programId)}/settings`;
    case 'today':
      return `#/program/${encodeURIComponent(route.programId)}/today`;
    case 'balance':
      return `#/program/${encodeURIComponent(route.programId)}/balance`;
    case 'session':
      return `#/program/${encodeURIComponent(route.programId)}/session/${encodeURIComponent(route.blockId)}`;
    case 'history':
      return `#/program/${encodeURIComponent(route.programId)}/history`;
    case 'version':
      return `#/program/${encodeURIComponent(route.programId)}/history/version/${encodeURIComponent(route.versionId)}`;
    case 'compare':
      return `#/program/${encodeURIComponent(route.programId)}/history/compare/${encodeURIComponent(route.from)}/${encodeURIComponent(route.to)}`;
  }
}

function subscribe(notify: () => void): () => void {
  window.addEventListener('hashchange', notify);
  return () => window.removeEventListener('hashchange', notify);
}

export function useRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const navigate = useCallback((route: Route) => {
    window.location.hash = routeHash(route);
  }, []);
  return [parseRoute(hash), navigate];
}
