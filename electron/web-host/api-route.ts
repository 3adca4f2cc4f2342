import type { IncomingMessage, ServerResponse } from 'node:http';

import type { HostApi } from '../../shared/host-api/contract';
import { HostError, messageOf } from '../../shared/host-api/errors';
import { isHostMethod } from '../../shared/host-api/methods';
import { fromWire } from '../../shared/host-api/wire';
import { dispatch } from '../services/host/dispatch';
import { BodyTooLarge, readBody } from '../services/http-body';
import { bearerMatches } from './request-guards';
import { sendEnvelope, sendFailure } from './respond';

/**
 * Large enough for the biggest append the contract allows (64 MiB of updates is
 * about 85.4 MiB once base64-encoded, plus JSON framing), small enough that a
 * runaway client cannot exhaust memory.
 */
export const MAX_BODY_BYTES = 88 * 1024 * 1024;

const API_PATH = /^\/api\/([A-Za-z]+)\/([A-Za-z]+)$/;

/**
 * POST /api/<namespace>/<method>: the body is the wire JSON of the method's one
 * request, and empty for a method that takes none.
 */
export async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  api: HostApi,
  token: string,
): Promise<void> {
  if (request.method !== 'POST') {
    sendFailure(
      response,
      405,
      new HostError('invalid-argument', { field: 'method' }, 'The API accepts only POST'),
      {
        Allow: 'POST',
      },
    );
    return;
  }
  if (!bearerMatches(request, token)) {
    sendFailure(response, 401, new HostError('forbidden', {}, 'Missing or wrong token'));
    return;
  }
  const match = API_PATH.exec(pathname);
  if (match === null) {
    sendFailure(
      response,
      404,
      new HostError(
        'invalid-argument',
        { field: 'path' },
        `There is no API at ${pathname}; use /api/<namespace>/<method>`,
      ),
    );
    return;
  }
  const [, namespace = '', method = ''] = match;
  if (!isHostMethod(namespace, method)) {
    // dispatch() names what is unknown; this layer only picks the HTTP status.
    sendEnvelope(response, 404, await dispatch(api, namespace, method, undefined));
    return;
  }
  let body: unknown;
  try {
    const text = await readBody(request, MAX_BODY_BYTES);
    body = text === '' ? undefined : fromWire(text);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      sendFailure(
        response,
        413,
        new HostError(
          'invalid-argument',
          { field: 'body' },
          `The request is larger than ${MAX_BODY_BYTES} bytes`,
        ),
        {
          Connection: 'close',
        },
      );
      return;
    }
    sendFailure(
      response,
      400,
      new HostError(
        'invalid-argument',
        { field: 'body' },
        `The request body is not valid JSON: ${messageOf(error)}`,
      ),
    );
    return;
  }
  sendEnvelope(response, 200, await dispatch(api, namespace, method, body));
}
