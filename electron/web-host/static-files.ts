import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';

import { contentTypeOf } from '../services/static/content-types';

/**
 * Serves the built renderer. A request can only ever reach a regular file inside
 * the renderer folder: the decoded path is resolved and checked to stay inside
 * it, and so is its real path (a symlink cannot lead out).
 */
export async function serveStatic(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  root: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    return;
  }
  const file = await resolveInside(root, pathname === '/' ? '/index.html' : pathname);
  if (file === null) {
    sendText(response, 404, 'Not found.');
    return;
  }
  const { size } = await stat(file);
  response.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': size,
    'Cache-Control': cachingOf(pathname),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/**
 * The build names every file under assets/ by a hash of its content, so a file
 * there never changes and a reload takes it from the browser's cache, with V8's
 * code cache for the scripts. The page itself is asked for again every time: a
 * rebuild (the preview is rebuilt often) then names the new files.
 */
function cachingOf(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

async function resolveInside(root: string, pathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const candidate = resolve(join(base, decoded));
  if (!isInside(base, candidate)) return null;
  try {
    const real = await realpath(candidate);
    const realBase = await realpath(base);
    if (!isInside(realBase, real) || !(await stat(real)).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}

function isInside(base: string, candidate: string): boolean {
  return candidate.startsWith(base.endsWith(sep) ? base : `${base}${sep}`);
}

function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...extra,
  });
  response.end(text);
}
