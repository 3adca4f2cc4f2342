/**
 * How a client names a program's room on a sync server and proves it may enter:
 * the room is the program id (the last path segment of the WebSocket URL) and
 * the key travels as the `key` query parameter of the upgrade request, where the
 * server checks it before any document data is sent.
 */
export const KEY_PARAM = 'key';

/** The WebSocket URL of a program's room, as y-websocket builds it from server and room. */
export function roomUrl(server: string, programId: string, key: string): string {
  const base = server.endsWith('/') ? server.slice(0, -1) : server;
  return `${base}/${encodeURIComponent(programId)}?${KEY_PARAM}=${encodeURIComponent(key)}`;
}

/**
 * The HTTP endpoint that registers a room's key or rotates it (POST, JSON body
 * { key } to register, { key, newKey } to rotate). The server keeps only a hash.
 */
export function roomKeyEndpoint(server: string, programId: string): string {
  const url = new URL(server);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  url.pathname = `${url.pathname.replace(/\/$/, '')}/rooms/${encodeURIComponent(programId)}/key`;
  url.search = '';
  return url.href;
}
