import type { IncomingMessage, ServerResponse } from 'node:http';

import { messageOf } from '../../../shared/errors/message-of';
import { programId } from '../../../shared/host-api/schemas';
import { requestTarget, sendJson, sendText } from './http-answers';
import { answerKeyRequest, type KeyRequestContext } from './key-requests';

const KEY_PATH = /^\/rooms\/([^/]+)\/key$/;

/**
 * The plain HTTP side of the server: a short banner on /, the key endpoint, and
 * 404 for everything else. Nothing lists rooms or tells how many there are.
 */
export function answerRequest(
  context: KeyRequestContext & { isClosing(): boolean },
  request: IncomingMessage,
  response: ServerResponse,
  remote: string,
): void {
  const path = requestTarget(request)?.pathname;
  if (path === '/') {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notAllowed(response, 'GET');
    return sendText(response, 200, 'Cotutor sync server\n');
  }
  const match = KEY_PATH.exec(path ?? '');
  const room = match?.[1];
  if (room === undefined || !programId.safeParse(room).success) {
    return sendJson(response, 404, { error: 'Not found.' });
  }
  if (request.method !== 'POST') return notAllowed(response, 'POST');
  if (context.isClosing()) return sendJson(response, 503, { error: 'The server is stopping.' });
  answerKeyRequest(context, request, response, room, remote).catch((error: unknown) => {
    context.log.error({ event: 'key-request-failed', room, remote, reason: messageOf(error) });
    if (!response.headersSent) sendJson(response, 500, { error: 'The request failed.' });
    else response.destroy();
  });
}

function notAllowed(response: ServerResponse, allow: string): void {
  sendJson(response, 405, { error: 'Method not allowed.' }, { Allow: allow });
}
