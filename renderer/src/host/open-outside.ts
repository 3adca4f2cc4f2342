import type { Host } from './bridge-host';

/**
 * Opens an http(s) or mailto link outside the application: the system's
 * browser or mail program in the desktop app, a new tab in the browser preview.
 * The caller checks the link first (isSafeUrl).
 */
export function openOutside(host: Host, url: string): void {
  void host.app.info().then((info) => {
    if (info.shell === 'electron') void host.app.openExternal({ url });
    else window.open(url, '_blank', 'noopener,noreferrer');
  });
}
