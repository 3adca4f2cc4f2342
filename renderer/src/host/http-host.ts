import { type Envelope, fromWire, HostError, messageOf, toWire, unwrap } from '../../../shared/host-api';
import { type Host, hostFromCall } from './bridge-host';

const TOKEN_KEY = 'cotutor.token';

/**
 * The host in the browser preview: the web host's HTTP API on the same origin.
 * Its per-run token arrives once in the URL fragment and is kept for the tab's
 * life in sessionStorage, so reloading the page keeps working.
 */
export function httpHost(): Host {
  const token = takeToken();
  return hostFromCall(
    async (namespace, method, args) => {
      let response: Response;
      try {
        response = await fetch(`/api/${namespace}/${method}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token ?? ''}`, 'content-type': 'application/json' },
          body: toWire(args),
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
        throw new HostError('internal', {}, `The preview server answered ${response.status} without a result`);
      }
      return unwrap(envelope);
    },
    () => () => undefined,
  );
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
