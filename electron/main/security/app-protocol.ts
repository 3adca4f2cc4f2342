import { isAbsolute, relative, resolve, sep } from 'node:path';

import type { CustomScheme } from 'electron';

import { SECURITY_HEADERS } from '../../services/security/csp';
import { contentTypeOf } from '../../services/static/content-types';

export { contentTypeOf };

/**
 * The interface is served from app://cotutor/ rather than file://: a file://
 * page may read any file the user can, and every file:// page shares one origin.
 * A standard, secure scheme gives the page a real origin of its own, so the
 * CSP's 'self' and the IPC sender check both mean "our interface" and nothing else.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cotutor';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before `ready`; standard and secure give the page a secure context.
 * Code cache: without it Electron compiles the app's scripts afresh on every
 * start, as it keeps V8's code cache only for http(s) pages.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/**
 * The file under `root` an app:// request names, or null when the request is
 * for another host or would leave `root` (../, encoded %2e%2e%2f, backslashes,
 * absolute paths, NUL bytes).
 */
export function resolveAppPath(requestUrl: string, root: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  const base = resolve(root);
  const target = resolve(base, `.${pathname}`);
  const inside = relative(base, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return null;
  return target;
}

export type ReadFile = (file: string) => Promise<Uint8Array<ArrayBuffer>>;

function reply(
  status: number,
  body: string | null,
  contentType = 'text/plain; charset=utf-8',
): Response {
  return new Response(body, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': contentType },
  });
}

/** The protocol.handle handler: only GET/HEAD, only files under `root`, security headers on every answer. */
export function createAppProtocolHandler(options: {
  root: string;
  readFile: ReadFile;
}): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return reply(405, 'Method not allowed');
    const file = resolveAppPath(request.url, options.root);
    if (file === null) return reply(403, 'Forbidden');
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await options.readFile(file);
    } catch {
      return reply(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file) },
    });
  };
}
