import { request as httpsRequest } from 'node:https';
import { isIP, type Socket } from 'node:net';
import { Readable } from 'node:stream';
import { connect, type TLSSocket } from 'node:tls';

import { HostError } from '../../../shared/host-api/errors';
import { certificatePinOf } from './certificate-pin';

/** What the sharing clients send: a method, headers, maybe a body, and a deadline. */
export type ServerRequest = {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  signal: AbortSignal;
};

/**
 * A request to a sync server: with a pin (a server hosted on a co-tutor's
 * computer, whose certificate no authority signed), over a TLS connection
 * whose certificate is checked against the pin before a byte of the request —
 * key, owner secret, version body — leaves this computer; without one, plain
 * fetch, which trusts the system's authorities for https://.
 *
 * A redirect is never followed either way: it would resend the key elsewhere.
 * A certificate other than the pinned one fails with 'certificate-mismatch'.
 */
export function fetchFromServer(
  url: string,
  init: ServerRequest,
  pin: string | undefined,
  server: string,
): Promise<Response> {
  if (pin === undefined) return fetch(url, { ...init, redirect: 'error' } as RequestInit);
  return pinnedFetch(new URL(url), init, pin, server);
}

function pinnedFetch(
  target: URL,
  init: ServerRequest,
  pin: string,
  server: string,
): Promise<Response> {
  if (target.protocol !== 'https:') {
    // A pin over plain http protects nothing; the invite or the store was altered.
    return Promise.reject(new HostError('certificate-mismatch', { url: server }, 'not https'));
  }
  return new Promise<Response>((resolve, reject) => {
    const request = httpsRequest(
      target,
      {
        method: init.method,
        headers: init.headers,
        signal: init.signal,
        // No agent: the connection below is made, and checked, for this request alone.
        createConnection: ((
          _options: unknown,
          done: (error: Error | null, socket?: Socket) => void,
        ) => {
          connectPinned(target, pin, server, init.signal).then(
            (socket) => done(null, socket),
            (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
          );
          return undefined;
        }) as never,
      },
      (response) => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          for (const one of Array.isArray(value) ? value : [value ?? '']) headers.append(name, one);
        }
        const status = response.statusCode ?? 500;
        const empty = status === 204 || status === 304;
        resolve(
          new Response(empty ? null : (Readable.toWeb(response) as ReadableStream<Uint8Array>), {
            status,
            statusText: response.statusMessage ?? '',
            headers,
          }),
        );
      },
    );
    request.once('error', reject);
    request.end(init.body);
  });
}

/** A TLS connection to the server, handed on only once its certificate matches the pin. */
function connectPinned(
  target: URL,
  pin: string,
  server: string,
  signal: AbortSignal,
): Promise<TLSSocket> {
  const host = target.hostname.replace(/^\[|\]$/g, '');
  return new Promise<TLSSocket>((resolve, reject) => {
    const socket = connect({
      host,
      port: Number(target.port === '' ? 443 : target.port),
      ...(isIP(host) === 0 ? { servername: host } : {}),
      // No authority signed the certificate: the pin, checked below, is the trust.
      rejectUnauthorized: false,
      ALPNProtocols: ['http/1.1'],
    });
    const abort = (): void => {
      socket.destroy();
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    signal.addEventListener('abort', abort, { once: true });
    socket.once('error', (error) => {
      signal.removeEventListener('abort', abort);
      reject(error);
    });
    socket.once('secureConnect', () => {
      signal.removeEventListener('abort', abort);
      const certificate = socket.getPeerX509Certificate();
      if (certificate !== undefined && certificatePinOf(certificate) === pin) {
        resolve(socket);
        return;
      }
      socket.destroy();
      reject(
        new HostError(
          'certificate-mismatch',
          { url: server },
          'The server showed a certificate other than the pinned one',
        ),
      );
    });
  });
}
