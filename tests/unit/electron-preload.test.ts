import { describe, expect, it, vi } from 'vitest';

import { type BridgeTransport, createBridge } from '../../electron/preload/bridge';
import { BRIDGE_KEY, COMMAND_CHANNEL, type PreloadBridge } from '../../shared/host-api/bridge';
import { APP_COMMANDS } from '../../shared/host-api/contract';
import { HOST_EVENTS, HOST_METHODS } from '../../shared/host-api/methods';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeTransport() {
  const listeners = new Map<string, Set<Listener>>();
  const transport = {
    invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(async () => ({
      ok: true,
      value: null,
    })),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    off: vi.fn(
      (channel: string, listener: Listener) => void listeners.get(channel)?.delete(listener),
    ),
  } satisfies BridgeTransport;
  const emit = (channel: string, ...args: unknown[]) =>
    listeners
      .get(channel)
      ?.forEach((listener) => listener({ sender: 'ipc event', ports: [] }, ...args));
  return { transport, emit, listeners };
}

/** Every value reachable from the bridge, to prove nothing but our own functions and plain objects is there. */
function walk(value: unknown, seen = new Set<unknown>()): unknown[] {
  if (
    (typeof value !== 'object' && typeof value !== 'function') ||
    value === null ||
    seen.has(value)
  )
    return [];
  seen.add(value);
  return [value, ...Object.values(value).flatMap((child) => walk(child, seen))];
}

describe('preload bridge', () => {
  it('exposes exactly the contract: every namespace, method and event, nothing more', () => {
    const bridge = createBridge(fakeTransport().transport);
    expect(Object.keys(bridge).sort()).toEqual(['api', 'onCommand']);
    expect(Object.keys(bridge.api).sort()).toEqual(Object.keys(HOST_METHODS).sort());
    for (const namespace of Object.keys(HOST_METHODS) as (keyof typeof HOST_METHODS)[]) {
      const exposed = bridge.api[namespace];
      const members = [...HOST_METHODS[namespace], ...HOST_EVENTS[namespace]];
      expect(Object.keys(exposed).sort(), namespace).toEqual(members.sort());
      for (const method of Object.values(exposed)) expect(typeof method).toBe('function');
    }
  });

  it('holds no ipcRenderer, transport or other object, and cannot be altered by the page', () => {
    const { transport } = fakeTransport();
    const bridge = createBridge(transport);
    const reachable = walk(bridge);
    for (const value of [transport, transport.invoke, transport.on, transport.off]) {
      expect(reachable).not.toContain(value);
    }
    for (const value of reachable) {
      if (typeof value === 'object') expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(Object.isFrozen(value)).toBe(typeof value === 'object');
    }
  });

  it('invokes the namespaced channel with the one request and answers the envelope', async () => {
    const { transport } = fakeTransport();
    transport.invoke.mockResolvedValueOnce({ ok: true, value: [{ id: 'x' }] });
    const bridge = createBridge(transport);
    const update = new Uint8Array([1, 2]);
    await expect(bridge.api.library.list()).resolves.toEqual({ ok: true, value: [{ id: 'x' }] });
    expect(transport.invoke).toHaveBeenLastCalledWith('library:list');
    await bridge.api.documents.append({ id: 'id', updates: [update] });
    expect(transport.invoke).toHaveBeenLastCalledWith('documents:append', {
      id: 'id',
      updates: [update],
    });
  });

  it("relays a contract event's payload, never the IPC event, and unsubscribes", () => {
    const { transport, emit, listeners } = fakeTransport();
    const bridge = createBridge(transport);
    const received: unknown[][] = [];
    const stop = bridge.api.library.onDidChange((...args: unknown[]) => received.push(args));
    emit('library:onDidChange', { programId: 'x' });
    expect(received).toEqual([[{ programId: 'x' }]]);
    stop();
    expect(listeners.get('library:onDidChange')?.size).toBe(0);
    expect(() => bridge.api.library.onDidChange('x' as unknown as () => void)).toThrow(TypeError);
  });

  it('turns a failed IPC call into an error envelope', async () => {
    const { transport } = fakeTransport();
    transport.invoke.mockRejectedValueOnce(new Error("No handler registered for 'library:list'"));
    const answer = await createBridge(transport).api.library.list();
    expect(answer).toEqual({
      ok: false,
      error: { code: 'internal', params: {}, detail: "No handler registered for 'library:list'" },
    });
    transport.invoke.mockImplementationOnce(() => {
      throw new Error('An object could not be cloned.');
    });
    await expect(createBridge(transport).api.app.info()).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('passes known menu commands, never the IPC event, and unsubscribes', () => {
    const { transport, emit, listeners } = fakeTransport();
    const bridge = createBridge(transport);
    const received: unknown[][] = [];
    const unsubscribe = bridge.onCommand((...args: unknown[]) => received.push(args));
    for (const command of APP_COMMANDS) emit(COMMAND_CHANNEL, command);
    emit(COMMAND_CHANNEL, 'delete-everything');
    emit(COMMAND_CHANNEL, { command: 'undo' });
    emit('library:list', 'undo');
    expect(received).toEqual(APP_COMMANDS.map((command) => [command]));
    unsubscribe();
    expect(listeners.get(COMMAND_CHANNEL)?.size).toBe(0);
    emit(COMMAND_CHANNEL, 'undo');
    expect(received).toHaveLength(APP_COMMANDS.length);
    expect(() => bridge.onCommand('undo' as unknown as () => void)).toThrow(TypeError);
  });
});

describe('preload entry', () => {
  it('exposes only the bridge, under window.cotutor', async () => {
    const exposeInMainWorld = vi.fn();
    const ipcRenderer = {
      invoke: vi.fn(async () => ({ ok: true, value: null })),
      on: vi.fn(),
      removeListener: vi.fn(),
    };
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer }));
    await import('../../electron/preload/index');
    vi.doUnmock('electron');

    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, bridge] = exposeInMainWorld.mock.calls[0] as [string, PreloadBridge];
    expect(key).toBe(BRIDGE_KEY);
    expect(walk(bridge)).not.toContain(ipcRenderer);
    for (const value of Object.values(ipcRenderer)) expect(walk(bridge)).not.toContain(value);

    await bridge.api.settings.get();
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('settings:get');
  });
});
