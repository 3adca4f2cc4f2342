import type { Session, WebContents } from 'electron';

import { externalUrlOf, isAllowedNavigation } from './urls';

export type NavigationPolicy = {
  /** Origins that serve our interface: app://cotutor, plus the dev server in development. */
  trustedOrigins: readonly string[];
  /** Hands an already validated http(s)/mailto URL to the operating system. */
  openExternal(url: string): void;
};

/**
 * Applied to every WebContents the app creates (via 'web-contents-created'), so
 * nothing, not even a window we did not expect, can leave our origin, open a new
 * Electron window or embed a <webview>.
 */
export function hardenWebContents(contents: WebContents, policy: NavigationPolicy): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, policy.trustedOrigins)) event.preventDefault();
  });
  // Our protocol handler never redirects, so any redirect is a page trying to leave.
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlOf(url);
    if (external !== null) policy.openExternal(external);
    return { action: 'deny' };
  });
}

/** Permissions the interface needs. None: no camera, location, notifications or clipboard reads. */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export function isPermissionGranted(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission);
}

/** Both handlers: the request handler answers prompts, the check handler answers silent queries. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
}
