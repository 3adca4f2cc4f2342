/**
 * How a client names a program's rooms on a sync server and proves it may enter:
 * the program document's room is the program id and its review document's room
 * the id followed by REVIEW_ROOM_SUFFIX (the last path segment of the WebSocket
 * URL); both are entered with the program's one key, which travels as the `key`
 * query parameter of the upgrade request, where the server checks it before any
 * document data is sent.
 */
export const KEY_PARAM = 'key';

/** The review document's room: `<program id>.review`, never a program id itself. */
export const REVIEW_ROOM_SUFFIX = '.review';

export type RoomPart = 'program' | 'review';

/** The room of one of a program's documents. */
export function roomNameOf(programId: string, part: RoomPart): string {
  return part === 'program' ? programId : `${programId}${REVIEW_ROOM_SUFFIX}`;
}

/**
 * The program a room name belongs to, and which of its documents the room holds,
 * or null for a name that is neither. `isProgramId` is the caller's check of ids.
 */
export function roomOwnerOf(
  room: string,
  isProgramId: (id: string) => boolean,
): { programId: string; part: RoomPart } | null {
  if (isProgramId(room)) return { programId: room, part: 'program' };
  if (!room.endsWith(REVIEW_ROOM_SUFFIX)) return null;
  const programId = room.slice(0, -REVIEW_ROOM_SUFFIX.length);
  return isProgramId(programId) ? { programId, part: 'review' } : null;
}

/** The WebSocket URL of a room, as y-websocket builds it from server and room. */
export function roomUrl(server: string, room: string, key: string): string {
  const base = server.endsWith('/') ? server.slice(0, -1) : server;
  return `${base}/${encodeURIComponent(room)}?${KEY_PARAM}=${encodeURIComponent(key)}`;
}

/**
 * The HTTP endpoint that registers a program's key or rotates it (POST, JSON body
 * { key } to register, { key, newKey } to rotate). The server keeps only a hash;
 * the key is the program's, and opens its review room too.
 */
export function roomKeyEndpoint(server: string, programId: string): string {
  const url = new URL(server);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  url.pathname = `${url.pathname.replace(/\/$/, '')}/rooms/${encodeURIComponent(programId)}/key`;
  url.search = '';
  return url.href;
}

/**
 * The HTTP endpoint of one version body of a program (PUT to upload it, GET to
 * fetch it), entered with the program's key as its rooms are: as the `key` query
 * parameter.
 */
export function versionBodyEndpoint(
  server: string,
  programId: string,
  versionId: string,
  key: string,
): string {
  const url = new URL(roomKeyEndpoint(server, programId));
  url.pathname = url.pathname.replace(/\/key$/, `/versions/${encodeURIComponent(versionId)}`);
  url.search = `?${KEY_PARAM}=${encodeURIComponent(key)}`;
  return url.href;
}
