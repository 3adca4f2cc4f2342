import { contextBridge, ipcRenderer } from 'electron';

import { BRIDGE_KEY } from '../../shared/host-api/bridge';
import { createBridge } from './bridge';

/**
 * Runs sandboxed, before the page, in an isolated world. It must stay a
 * CommonJS bundle with no imports but 'electron' (a sandboxed preload cannot
 * load other modules), and must never pass ipcRenderer itself to the page.
 */
contextBridge.exposeInMainWorld(
  BRIDGE_KEY,
  createBridge({
    invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    on: (channel, listener) => void ipcRenderer.on(channel, listener),
    off: (channel, listener) => void ipcRenderer.removeListener(channel, listener),
  }),
);
