/**
 * URL decisions of the shell (navigation, new windows, external links), kept
 * free of Electron so they can be proven in plain Node. Every decision parses
 * with `new URL`: string prefixes are fooled by case, whitespace and userinfo.
 */

const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
const MAX_EXTERNAL_URL_LENGTH = 4096;

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * "scheme://host[:port]" of a hierarchical URL, or null. Node's URL reports
 * the origin of custom schemes (app:) as "null", so it is composed by hand; for
 * http(s) this equals `url.origin`.
 */
export function originOf(raw: string): string | null {
  const url = parse(raw);
  if (url === null || url.host === '') return null;
  return `${url.protocol}//${url.host}`;
}

/**
 * The normalized form of a link that may be handed to the operating system
 * (browser or mail program), or null. Credentials in the URL are refused:
 * "https://bank.example@evil.example" is a phishing pattern, not a link.
 */
export function externalUrlOf(raw: string): string | null {
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  const url = parse(raw);
  if (url === null || !EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  if (
    url.protocol !== 'mailto:' &&
    (url.hostname === '' || url.username !== '' || url.password !== '')
  ) {
    return null;
  }
  if (url.protocol === 'mailto:' && url.pathname === '') return null;
  return url.href;
}

/** Whether a frame may navigate to `raw`: only within the origins that serve our own interface. */
export function isAllowedNavigation(raw: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(raw);
  return origin !== null && trustedOrigins.includes(origin);
}

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The electron-vite dev server to load instead of app://, or null. Honoured only
 * for an unpackaged app and only on loopback over http, so an environment
 * variable can never point a packaged app at a remote page with the bridge.
 */
export function devServerUrlOf(raw: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || raw === undefined || raw === '') return null;
  const url = parse(raw);
  if (url === null || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url.href;
}
