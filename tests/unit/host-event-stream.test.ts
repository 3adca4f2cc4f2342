import { afterEach, describe, expect, it, vi } from 'vitest';

import { HostEventStream } from '../../renderer/src/host/event-stream';
import { EventFrameReader, toEventFrame } from '../../shared/host-api/event-stream';

const CHANGE = { namespace: 'library', event: 'onDidChange', payload: { programId: 'p1' } };

/** A stream the test writes into, as the web host would, answered as a real Response. */
function eventResponse() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { headers: { 'content-type': 'text/event-stream' } }),
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}

describe('reading Server-Sent Events', () => {
  it('gives each message once it is whole, whatever the chunks, and skips comments and foreign frames', () => {
    const reader = new EventFrameReader();
    const frame = toEventFrame(CHANGE);
    expect(reader.push(': open\n\n')).toEqual([]);
    expect(reader.push(frame.slice(0, 12))).toEqual([]);
    expect(
      reader.push(frame.slice(12) + 'data: not json\n\n' + 'data: {"x":1}\n\n' + frame),
    ).toEqual([CHANGE, CHANGE]);
  });
});

describe("the page's event stream", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens one stream for every listener, delivers to the right ones, and closes with the last', async () => {
    const stream = eventResponse();
    const signals: AbortSignal[] = [];
    const events = new HostEventStream(async (signal) => (signals.push(signal), stream.response));
    const changes: unknown[] = [];
    const others: unknown[] = [];
    const stopChanges = events.listen('library', 'onDidChange', (payload) => changes.push(payload));
    const stopOthers = events.listen('library', 'onDidSomethingElse', (payload) =>
      others.push(payload),
    );
    stream.send(toEventFrame(CHANGE));
    await vi.waitFor(() => expect(changes).toEqual([{ programId: 'p1' }]));
    expect(others).toEqual([]);
    expect(signals).toHaveLength(1);
    stopChanges();
    expect(signals[0]!.aborted).toBe(false);
    stopOthers();
    expect(signals[0]!.aborted).toBe(true);
  });

  it('opens the stream again after a pause when it is cut, but not when the host refuses it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const cut = eventResponse();
    const again = eventResponse();
    const answers = [cut.response, again.response];
    const open = vi.fn(async () => answers.shift()!);
    const events = new HostEventStream(open, 1000);
    const heard: unknown[] = [];
    const stop = events.listen('library', 'onDidChange', (payload) => heard.push(payload));
    cut.end();
    await vi.waitFor(() => expect(vi.getTimerCount()).toBe(1));
    expect(open).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(open).toHaveBeenCalledTimes(2);
    again.send(toEventFrame(CHANGE));
    await vi.waitFor(() => expect(heard).toEqual([{ programId: 'p1' }]));
    stop();

    const refusing = vi.fn(async () => new Response('{}', { status: 401 }));
    const refused = new HostEventStream(refusing, 1000);
    refused.listen('library', 'onDidChange', () => undefined);
    await vi.waitFor(() => expect(refusing).toHaveBeenCalledTimes(1));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(refusing).toHaveBeenCalledTimes(1);
  });
});
