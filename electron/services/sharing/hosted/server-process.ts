/**
 * The hosted sync server's own process ("Host on this computer"): started by the
 * app as an Electron utility process, or (web host, tests) as a Node child. It
 * waits for its start options, runs the server, and stops when told or when the
 * app goes away. A crash or an exhausted heap here ends this process only.
 */
import { messageOf } from '../../../../shared/errors/message-of';
import type { Logger } from '../../logger';
import { errnoOf } from '../../storage/file-system-error';
import { startSyncServer, type SyncServer } from '../../sync-server';
import { type FromChild, MAX_LOG_LINE, toChild } from './protocol';

type Channel = {
  send(message: FromChild): void;
  onMessage(listener: (message: unknown) => void): void;
};

/** Electron's utility processes talk through process.parentPort, Node's children through process.send. */
type ParentPort = {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
};

function parentChannel(): Channel | null {
  const port = (process as { parentPort?: ParentPort }).parentPort;
  if (port !== undefined) {
    return {
      send: (message) => port.postMessage(message),
      onMessage: (listener) => port.on('message', (event) => listener(event.data)),
    };
  }
  const send = process.send?.bind(process);
  if (send === undefined) return null;
  // The app is gone (its end of the channel closed): nobody can stop this server any more.
  process.once('disconnect', () => process.exit(0));
  return {
    send: (message) => void send(message),
    onMessage: (listener) => process.on('message', listener),
  };
}

function run(channel: Channel): void {
  const line = (text: string): string => text.slice(0, MAX_LOG_LINE);
  const log: Logger = {
    info: (text) => channel.send({ type: 'log', level: 'info', line: line(text) }),
    warn: (text) => channel.send({ type: 'log', level: 'warn', line: line(text) }),
  };
  let server: SyncServer | null = null;
  let starting = false;
  channel.onMessage((raw) => {
    const parsed = toChild.safeParse(raw);
    if (!parsed.success) return log.warn('The hosted sync server ignored a malformed message.');
    const message = parsed.data;
    if (message.type === 'start') {
      if (starting || server !== null) return;
      starting = true;
      startSyncServer({ ...message.options, log }).then(
        (started) => {
          server = started;
          channel.send({ type: 'listening', port: started.port });
        },
        (error: unknown) => {
          starting = false;
          const code = errnoOf(error) ?? 'start-failed';
          channel.send({ type: 'failed', code, message: line(messageOf(error)) });
        },
      );
      return;
    }
    const closing = server?.close() ?? Promise.resolve();
    closing
      .catch((error: unknown) =>
        log.warn(`The hosted sync server did not stop cleanly: ${messageOf(error)}`),
      )
      .finally(() => {
        channel.send({ type: 'stopped' });
        // Leave once the message is out; the app kills a child that lingers.
        setTimeout(() => process.exit(0), 50).unref();
      });
  });
}

const channel = parentChannel();
if (channel === null) {
  console.error('The hosted sync server runs only as a child of the app.');
  process.exitCode = 2;
} else {
  run(channel);
}
