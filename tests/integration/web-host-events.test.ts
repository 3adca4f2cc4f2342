import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startWebHost, type WebHost } from '../../electron/web-host/server';
import type { ProgramSummary } from '../../shared/host-api/contract';
import {
  EventFrameReader,
  EVENTS_PATH,
  type HostEventMessage,
} from '../../shared/host-api/event-stream';
import { callApi, rawRequest, valueOf } from './fixtures/http-client';
import { quietLog, temporaryDirectory } from './fixtures/storage-fixtures';

/** Reads the event stream as the page does (fetch with the token), collecting the messages. */
async function openEvents(base: string, token: string) {
  const controller = new AbortController();
  const response = await fetch(`${base}${EVENTS_PATH}`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  const messages: HostEventMessage[] = [];
  const reader = new EventFrameReader();
  const decoder = new TextDecoder();
  const reading = (async () => {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      messages.push(...reader.push(decoder.decode(chunk, { stream: true })));
    }
  })().catch(() => undefined);
  return {
    response,
    messages,
    close: async () => {
      controller.abort();
      await reading;
    },
  };
}

describe('the web host event stream', () => {
  let directory: { path: string; remove(): Promise<void> };
  let host: WebHost;
  let base: string;

  beforeAll(async () => {
    directory = await temporaryDirectory('web-host-events');
    host = await startWebHost({
      dataDirectory: join(directory.path, 'data'),
      rendererDirectory: join(directory.path, 'renderer'),
      templatesDirectory: join(directory.path, 'templates'),
      log: quietLog,
    });
    base = host.url.replace(/\/#token=.*$/, '');
  });

  afterAll(async () => {
    await host.close();
    await directory.remove();
  });

  it('tells the page that the library changed, as Server-Sent Events', async () => {
    const events = await openEvents(base, host.token);
    expect(events.response.status).toBe(200);
    expect(events.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const program = await valueOf<ProgramSummary>(
      callApi(base, host.token, 'library/create', {
        templateId: null,
        title: 'Week',
        startDate: '2026-05-11',
      }),
    );
    await valueOf(
      callApi(base, host.token, 'library/rename', { id: program.id, title: 'Week in Astana' }),
    );
    const change = {
      namespace: 'library',
      event: 'onDidChange',
      payload: { programId: program.id },
    };
    await expect.poll(() => events.messages).toEqual([change, change]);
    await events.close();
  });

  it('keeps the API guards: the token, the host name, GET only', async () => {
    const port = new URL(base).port;
    expect((await rawRequest(base, { path: EVENTS_PATH })).status).toBe(401);
    const wrongToken = await rawRequest(base, {
      path: EVENTS_PATH,
      headers: { Authorization: 'Bearer nope' },
    });
    expect(wrongToken.status).toBe(401);
    const rebound = await rawRequest(base, {
      path: EVENTS_PATH,
      headers: { Authorization: `Bearer ${host.token}`, Host: `evil.example:${port}` },
    });
    expect(rebound.status).toBe(403);
    const posted = await rawRequest(base, {
      method: 'POST',
      path: EVENTS_PATH,
      headers: { Authorization: `Bearer ${host.token}` },
    });
    expect(posted.status).toBe(405);
  });
});
