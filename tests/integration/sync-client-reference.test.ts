import { describeClientAgainst } from '../support/sync-sessions';
import { startReferenceServer } from './fixtures/sync-reference-server';

/**
 * A plain, unmodified @y/websocket-server: the app's client speaks the
 * y-websocket protocol and nothing of our own (the key parameter is ignored).
 */
describeClientAgainst('a plain @y/websocket-server', async () => {
  const server = await startReferenceServer();
  return { url: server.url, register: async () => undefined, close: () => server.close() };
});
