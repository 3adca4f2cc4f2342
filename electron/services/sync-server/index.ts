export type { SyncServer, SyncServerOptions } from './options';
export {
  DEFAULT_KEY_REQUEST_RATE,
  DEFAULT_MAX_PAYLOAD,
  DEFAULT_MAX_ROOMS,
  DEFAULT_MESSAGE_RATE,
} from './options';
export { startSyncServer } from './server';
export type { Rate } from './token-bucket';
/** Close codes the server sends; 4403 (key rotated) is final for y-websocket clients. */
export { CLOSE } from './connection-guard';
