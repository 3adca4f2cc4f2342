import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/** Answers that say nothing about the rooms beyond the status itself. */
const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  contentType = 'text/plain; charset=utf-8',
): void {
  response.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: Record<string, string>,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...COMMON_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

/**
 * Refuses a WebSocket upgrade with a plain HTTP answer and closes the socket:
 * the handshake never completes, so not one byte of a document is sent.
 */
export function refuseUpgrade(socket: Duplex, status: number): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const retry = status === 503 ? 'Retry-After: 30\r\n' : '';
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\n` +
      `${retry}Content-Length: 0\r\n\r\n`,
  );
}

/**
 * The path and query of a request target. `new URL` throws on some targets a
 * client can send (`//[`); those, and absolute-form targets, are simply no path.
 */
export function requestTarget(request: IncomingMessage): URL | null {
  const target = request.url ?? '';
  if (!target.startsWith('/') || target.startsWith('//')) return null;
  try {
    return new URL(target, 'http://sync.invalid');
  } catch {
    return null;
  }
}

/**
 * The client's address for logs and rate limits. Behind a reverse proxy every
 * request comes from the proxy; the proxy appends the real address as the last
 * entry of X-Forwarded-For (earlier entries come from the client and prove nothing).
 */
export function remoteAddressOf(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = request.headers['x-forwarded-for'];
    const value = Array.isArray(header) ? header.at(-1) : header;
    const last = value?.split(',').at(-1)?.trim();
    if (last !== undefined && last !== '') return last;
  }
  return request.socket.remoteAddress ?? 'unknown';
}
