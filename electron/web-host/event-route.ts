import type { IncomingMessage, ServerResponse } from 'node:http';

import { HostError } from '../../shared/host-api/errors';
import { toEventFrame } from '../../shared/host-api/event-stream';
import { hostEvents } from '../../shared/host-api/methods';
import type { HostChannel } from '../../shared/host-api/proxy';
import { bearerMatches } from './request-guards';
import { sendFailure } from './respond';

/**
 * GET /api/events: every contract event, as Server-Sent Events, for as long as
 * the page keeps the stream open. Behind the same token as the API (the page
 * reads it with fetch, which can send the header, where EventSource cannot).
 */
export function handleEvents(
  request: IncomingMessage,
  response: ServerResponse,
  listen: HostChannel<unknown>['listen'],
  token: string,
): void {
  if (request.method !== 'GET') {
    sendFailure(
      response,
      405,
      new HostError('invalid-argument', { field: 'method' }, 'The event stream accepts only GET'),
      {
        Allow: 'GET',
      },
    );
    return;
  }
  if (!bearerMatches(request, token)) {
    sendFailure(response, 401, new HostError('forbidden', {}, 'Missing or wrong token'));
    return;
  }
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // A comment first, so the page knows the stream is open before any event.
  response.write(': open\n\n');
  const subscriptions = hostEvents().map(({ namespace, member: event }) =>
    listen(namespace, event, (payload) =>
      response.write(toEventFrame({ namespace, event, payload })),
    ),
  );
  response.once('close', () => subscriptions.forEach((stop) => stop()));
}
