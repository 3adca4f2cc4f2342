import { fromWire, toWire } from './wire';

/**
 * The web host's events as Server-Sent Events: one `data:` line of wire JSON
 * per event, on a stream the page opens with its token (a fetch, since
 * EventSource cannot send an Authorization header).
 */
export const EVENTS_PATH = '/api/events';

export type HostEventMessage = { namespace: string; event: string; payload: unknown };

export function toEventFrame(message: HostEventMessage): string {
  // JSON never holds a raw line break, so one data line is always enough.
  return `data: ${toWire(message)}\n\n`;
}

function isMessage(value: unknown): value is HostEventMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { namespace, event } = value as Record<string, unknown>;
  return typeof namespace === 'string' && typeof event === 'string' && 'payload' in value;
}

/** Splits a stream's text, chunk by chunk, into the messages it carries; comments and unknown fields are skipped. */
export class EventFrameReader {
  private pending = '';

  push(chunk: string): HostEventMessage[] {
    this.pending += chunk;
    const frames = this.pending.split(/\r?\n\r?\n/);
    this.pending = frames.pop() ?? '';
    const messages: HostEventMessage[] = [];
    for (const frame of frames) {
      const data = frame
        .split(/\r?\n/)
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice('data:'.length).replace(/^ /, ''))
        .join('\n');
      if (data === '') continue;
      try {
        const message = fromWire(data);
        if (isMessage(message)) messages.push(message);
      } catch {
        // A frame that is not ours is not an event.
      }
    }
    return messages;
  }
}
