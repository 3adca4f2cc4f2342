import type { IncomingMessage, ServerResponse } from 'node:http';

import { messageOf } from '../../../shared/errors/message-of';
import { programId } from '../../../shared/host-api/schemas';
import { KEY_PARAM } from '../../../shared/sync/room';
import type { HealthCheck } from './health';
import { requestTarget, sendJson, sendText } from './http-answers';
import { answerKeyRequest, type KeyRequestContext } from './key-requests';
import { mayReadMetrics, type MetricsAccess } from './metrics-access';
import {
  type OriginCheck,
  refuseContentType,
  refuseOrigin,
  type RequestRefusal,
} from './request-origin';
import { answerVersionRequest, type VersionRequestContext } from './version-requests';

const KEY_PATH = /^\/rooms\/([^/]+)\/key$/;
const VERSION_PATH = /^\/rooms\/([^/]+)\/versions\/([^/]+)$/;

export type RouteContext = {
  keyRequests: KeyRequestContext;
  versionRequests: VersionRequestContext;
  isClosing(): boolean;
  /** False while the storage cannot be reached: requests are answered 503 meanwhile. */
  storageAvailable(): boolean;
  isOriginAllowed: OriginCheck;
  /** Answers still being written; shutdown waits for them. */
  inFlight: Set<Promise<void>>;
  health: HealthCheck;
  metrics: { access: MetricsAccess; page(): string };
};

/**
 * The plain HTTP side of the server: a short banner on /, health and metrics,
 * the key endpoint, the version bodies, and 404 for everything else. Nothing
 * lists rooms or versions; only /metrics, for the operator, tells how many are loaded.
 */
export function answerRequest(
  context: RouteContext,
  request: IncomingMessage,
  response: ServerResponse,
  remote: string,
): void {
  const url = requestTarget(request);
  const path = url?.pathname;
  if (path === '/') {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notAllowed(response, 'GET');
    return sendText(response, 200, 'Cotutor sync server\n');
  }
  if (path === '/healthz') return answerHealth(context, request, response);
  if (path === '/metrics') return answerMetrics(context, request, response, remote);
  const version = VERSION_PATH.exec(path ?? '');
  const keyRoom = KEY_PATH.exec(path ?? '')?.[1];
  const room = version?.[1] ?? keyRoom;
  if (room === undefined || !programId.safeParse(room).success) {
    return sendJson(response, 404, { error: 'Not found.' });
  }
  const allowed = version === null ? 'POST, DELETE' : 'GET, PUT';
  if (!allowed.split(', ').includes(request.method ?? '')) return notAllowed(response, allowed);
  if (context.isClosing()) return sendJson(response, 503, { error: 'The server is stopping.' });
  if (!context.storageAvailable()) {
    response.setHeader('Retry-After', '10');
    return sendJson(response, 503, {
      error: 'The server cannot reach its store; try again later.',
      code: 'store-unavailable',
    });
  }
  const refusal =
    refuseOrigin(request, context.isOriginAllowed) ??
    (request.method === 'POST'
      ? refuseContentType(request, 'application/json')
      : request.method === 'PUT'
        ? refuseContentType(request, 'application/octet-stream')
        : null);
  if (refusal !== null) return refuse(context, response, refusal, room, remote);
  const answer =
    version === null
      ? answerKeyRequest(context.keyRequests, request, response, room, remote)
      : answerVersionRequest(
          context.versionRequests,
          request,
          response,
          {
            programId: room,
            versionId: version[2] ?? '',
            key: url?.searchParams.get(KEY_PARAM) ?? null,
          },
          remote,
        );
  const handled = answer.catch((error: unknown) => {
    context.keyRequests.log.error({
      event: version === null ? 'key-request-failed' : 'version-request-failed',
      room,
      remote,
      reason: messageOf(error),
    });
    if (!response.headersSent) sendJson(response, 500, { error: 'The request failed.' });
    else response.destroy();
  });
  context.inFlight.add(handled);
  void handled.finally(() => context.inFlight.delete(handled));
}

/** Refused before the body is read: the connection closes rather than drain what was sent. */
function refuse(
  context: RouteContext,
  response: ServerResponse,
  refusal: RequestRefusal,
  room: string,
  remote: string,
): void {
  context.keyRequests.log.warn({
    event: 'request-refused',
    room,
    remote,
    reason: refusal.code,
    status: refusal.status,
  });
  sendJson(
    response,
    refusal.status,
    { error: refusal.error, code: refusal.code },
    { Connection: 'close' },
  );
}

/** For a load balancer or systemd: 200 while the server can do its work, 503 otherwise. */
function answerHealth(
  context: RouteContext,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return notAllowed(response, 'GET');
  const answered = context.health.status().then((status) => {
    if (status !== 'ok') response.setHeader('Retry-After', '10');
    sendJson(response, status === 'ok' ? 200 : 503, { status });
  });
  context.inFlight.add(answered);
  void answered.finally(() => context.inFlight.delete(answered));
}

function answerMetrics(
  context: RouteContext,
  request: IncomingMessage,
  response: ServerResponse,
  remote: string,
): void {
  if (request.method !== 'GET') return notAllowed(response, 'GET');
  // The same answer as for a path that does not exist: nothing to learn from it.
  // A web page in a browser on this machine is not the operator, loopback or not.
  if (
    !mayReadMetrics(context.metrics.access, request, remote) ||
    refuseOrigin(request, context.isOriginAllowed) !== null
  ) {
    return sendJson(response, 404, { error: 'Not found.' });
  }
  sendText(response, 200, context.metrics.page(), 'text/plain; version=0.0.4; charset=utf-8');
}

function notAllowed(response: ServerResponse, allow: string): void {
  sendJson(response, 405, { error: 'Method not allowed.' }, { Allow: allow });
}
