export type { SyncServer, SyncServerOptions } from './options';
export { startSyncServer } from './server';
