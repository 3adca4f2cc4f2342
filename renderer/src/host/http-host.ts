import { type HostApi } from '../../../shared/host-api/contract';
import { type Envelope, HostError, messageOf, unwrap } from '../../../shared/host-api/errors';
import { EVENTS_PATH } from '../../../shared/host-api/event-stream';
import { proxyOf } from '../../../shared/host-api/proxy';
import { fromWire, toWire } from '../../../shared/host-api/wire';
import type { Host } from './bridge-host';
import { HostEventStream } from './event-stream';

const TOKEN_KEY = 'cotutor.token';

/**
 * The host in the browser preview: the web host's HTTP API on the same origin,
 * and its events as Server-Sent Events. Its per-run token arrives once in the
 * URL fragment and is kept for the tab's life in sessionStorage, so reloading
 * the page keeps working.
 */
export function httpHost(): Host {
  const authorization = `Bearer ${takeToken() ?? ''}`;
  const events = new HostEventStream((signal) =>
    fetch(EVENTS_PATH, { headers: { authorization }, signal }),
  );
  const api = proxyOf<HostApi>({
    call: async (namespace, method, request) => {
      let response: Response;
      try {
        response = await fetch(`/api/${namespace}/${method}`, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json' },
          // A method without a request sends an empty body: JSON has no undefined.
          body: request === undefined ? '' : toWire(request),
        });
      } catch (error) {
        throw new HostError('unreachable', { url: window.location.origin }, messageOf(error));
      }
      // A successful answer that is a byte array (a program's state) comes raw.
      if (response.ok && response.headers.get('content-type') === 'application/octet-stream') {
        return new Uint8Array(await response.arrayBuffer());
      }
      const text = await response.text();
      let envelope: Envelope<unknown>;
      try {
        envelope = fromWire(text) as Envelope<unknown>;
      } catch {
        throw new HostError(
          'internal',
          {},
          `The preview server answered ${response.status} without a result`,
        );
      }
      return unwrap(envelope);
    },
    listen: events.listen,
  });
  return { ...api, onCommand: () => () => undefined };
}

function takeToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1] !== undefined) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    // The token leaves the address bar (and the history) as soon as it is read.
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}
