import { describe, expect, it, vi } from 'vitest';

import { createIpcHandler } from '../../electron/main/ipc/handler';
import { type IpcMainLike, registerHostHandlers } from '../../electron/main/ipc/register';
import {
  createSenderCheck,
  type InvokeEventLike,
  type SenderFrame,
} from '../../electron/main/ipc/sender';
import { dispatch, serviceChannel } from '../../electron/services/host/dispatch';
import { Emitter } from '../../electron/services/host/emitter';
import { silentLogger } from '../../electron/services/logger';
import { channelOf, type HostApi, type LibraryChange } from '../../shared/host-api/contract';
import type { Envelope } from '../../shared/host-api/errors';
import { HOST_EVENTS, HOST_METHODS } from '../../shared/host-api/methods';

const PROGRAM_ID = '0b6f1c1e-2a43-4d7e-9c55-1f0e8a6b2d11';
const OUR_WINDOW = 7;

/** A HostApi whose every method is a spy answering `null`. */
function fakeServices() {
  const api: Record<string, Record<string, ReturnType<typeof vi.fn>>> = {};
  for (const [namespace, methods] of Object.entries(HOST_METHODS)) {
    api[namespace] = Object.fromEntries(
      (methods as readonly string[]).map((method) => [method, vi.fn(async () => null)]),
    );
  }
  const calls = () =>
    Object.values(api)
      .flatMap((methods) => Object.values(methods))
      .reduce((n, spy) => n + spy.mock.calls.length, 0);
  // Events that never fire, so that every contract event has a source to listen to.
  const withEvents = Object.fromEntries(
    Object.entries(api).map(([namespace, methods]) => [
      namespace,
      {
        ...methods,
        ...Object.fromEntries(
          (HOST_EVENTS[namespace as keyof typeof HOST_EVENTS] as readonly string[]).map((event) => [
            event,
            () => () => undefined,
          ]),
        ),
      },
    ]),
  );
  return { api: withEvents as unknown as HostApi, spies: api, calls };
}

function frame(url: string, parent: SenderFrame | null = null): SenderFrame {
  return { url, parent };
}

function eventFrom(senderFrame: SenderFrame | null, senderId = OUR_WINDOW): InvokeEventLike {
  return { senderFrame, sender: { id: senderId } };
}

const isTrustedSender = createSenderCheck({
  trustedOrigins: ['app://cotutor'],
  isOwnWebContents: (id) => id === OUR_WINDOW,
});

function handlerFor(namespace: string, method: string, api: HostApi) {
  return createIpcHandler<InvokeEventLike>({
    namespace,
    method,
    isTrustedSender,
    dispatch: (ns, m, request) => dispatch(api, ns, m, request),
  });
}

const trusted = eventFrom(frame('app://cotutor/index.html'));

describe('IPC sender check', () => {
  const untrusted: [string, InvokeEventLike][] = [
    ['another origin', eventFrom(frame('https://evil.example/'))],
    ['a look-alike host', eventFrom(frame('app://cotutor.evil.example/index.html'))],
    ['a file:// page', eventFrom(frame('file:///home/user/index.html'))],
    ['the dev server when not in development', eventFrom(frame('http://localhost:5173/'))],
    [
      'a subframe of our page',
      eventFrom(frame('app://cotutor/frame.html', frame('app://cotutor/index.html'))),
    ],
    ['no frame (navigated away or destroyed)', eventFrom(null)],
    ['a window we did not create', eventFrom(frame('app://cotutor/index.html'), 99)],
    [
      'a frame that throws when read',
      eventFrom({
        get url(): string {
          throw new Error('Render frame was disposed');
        },
        parent: null,
      }),
    ],
  ];

  it.each(untrusted)(
    'answers forbidden to %s without calling the service',
    async (_name, event) => {
      const services = fakeServices();
      const answer = await handlerFor('library', 'rename', services.api)(
        event,
        PROGRAM_ID,
        'Week in Pavlodar',
      );
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(services.calls()).toBe(0);
    },
  );

  it('trusts the dev server origin only when it is configured', () => {
    const check = createSenderCheck({
      trustedOrigins: ['app://cotutor', 'http://localhost:5173'],
      isOwnWebContents: () => true,
    });
    expect(check(eventFrom(frame('http://localhost:5173/')))).toBe(true);
    expect(check(eventFrom(frame('http://localhost:5174/')))).toBe(false);
  });
});

describe('IPC handler', () => {
  it.each([
    ['library', 'rename', [{ id: 'not-an-id', title: 'Title' }]],
    ['library', 'rename', [{ id: PROGRAM_ID, title: '   ' }]],
    ['library', 'rename', [{ id: PROGRAM_ID }]],
    ['library', 'rename', [{ id: PROGRAM_ID, title: 'Title', extra: true }]],
    ['library', 'rename', [{ id: PROGRAM_ID }, 'Title']],
    ['library', 'rename', [PROGRAM_ID, 'Title']],
    ['library', 'list', ['extra']],
    ['documents', 'append', [{ id: PROGRAM_ID, updates: ['not bytes'] }]],
    ['settings', 'update', [{ appearance: 'neon' }]],
    ['settings', 'update', [{ isAdmin: true }]],
    ['app', 'openExternal', [{ url: 'javascript:alert(1)' }]],
    ['app', 'openExternal', [{ url: 'file:///etc/passwd' }]],
  ])('refuses bad arguments to %s.%s before any service runs', async (namespace, method, args) => {
    const services = fakeServices();
    const answer = await handlerFor(namespace, method, services.api)(trusted, ...args);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(services.calls()).toBe(0);
  });

  it('passes good arguments from our page to the service and answers its value', async () => {
    const services = fakeServices();
    services.spies.library!.rename!.mockResolvedValue({
      id: PROGRAM_ID,
      title: 'Week in Pavlodar',
    });
    const answer = await handlerFor(
      'library',
      'rename',
      services.api,
    )(trusted, {
      id: PROGRAM_ID,
      title: 'Week in Pavlodar',
    });
    expect(answer).toEqual({ ok: true, value: { id: PROGRAM_ID, title: 'Week in Pavlodar' } });
    expect(services.spies.library!.rename).toHaveBeenCalledWith({
      id: PROGRAM_ID,
      title: 'Week in Pavlodar',
    });
  });

  it('carries Yjs updates as bytes', async () => {
    const services = fakeServices();
    const update = new Uint8Array([1, 2, 3]);
    const answer = await handlerFor(
      'documents',
      'append',
      services.api,
    )(trusted, {
      id: PROGRAM_ID,
      updates: [update],
    });
    expect(answer).toEqual({ ok: true, value: null });
    expect(services.spies.documents!.append).toHaveBeenCalledWith({
      id: PROGRAM_ID,
      updates: [update],
    });
  });
});

describe('IPC registrar', () => {
  type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

  function fakeIpcMain() {
    const handlers = new Map<string, Listener>();
    const handle = vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    });
    const removeHandler = vi.fn((channel: string) => void handlers.delete(channel));
    const ipcMain: IpcMainLike<InvokeEventLike> = { handle, removeHandler };
    return { ipcMain, handlers, handle };
  }

  const noEvents = { listen: () => () => undefined, broadcast: () => undefined };

  const expected = Object.entries(HOST_METHODS).flatMap(([namespace, methods]) =>
    (methods as readonly string[]).map((method) => channelOf(namespace, method)),
  );

  it('registers exactly one handler per contract method and removes them all on dispose', () => {
    const fake = fakeIpcMain();
    const services = fakeServices();
    const registered = registerHostHandlers(fake.ipcMain, {
      isTrustedSender,
      dispatch: (ns, m, request) => dispatch(services.api, ns, m, request),
      ...noEvents,
    });
    expect(fake.handle).toHaveBeenCalledTimes(expected.length);
    expect([...fake.handlers.keys()].sort()).toEqual([...expected].sort());
    expect([...registered.channels].sort()).toEqual([...expected].sort());
    registered.dispose();
    expect(fake.handlers.size).toBe(0);
  });

  it('routes each channel to its own method, through the sender check', async () => {
    const fake = fakeIpcMain();
    const services = fakeServices();
    registerHostHandlers(fake.ipcMain, {
      isTrustedSender,
      dispatch: (ns, m, request) => dispatch(services.api, ns, m, request),
      ...noEvents,
    });
    await fake.handlers.get('library:duplicate')!(trusted, { id: PROGRAM_ID });
    expect(services.spies.library!.duplicate).toHaveBeenCalledWith({ id: PROGRAM_ID });
    const refused = await fake.handlers.get('library:remove')!(
      eventFrom(frame('https://evil.example/')),
      {
        id: PROGRAM_ID,
      },
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(services.spies.library!.remove).not.toHaveBeenCalled();
  });

  it("relays every contract event to our windows on the event's channel, until disposed", () => {
    const fake = fakeIpcMain();
    const services = fakeServices();
    const changes = new Emitter<LibraryChange>(silentLogger);
    const api = {
      ...services.api,
      library: { ...services.api.library, onDidChange: changes.event },
    };
    const broadcast = vi.fn();
    const registered = registerHostHandlers(fake.ipcMain, {
      isTrustedSender,
      dispatch: (ns, m, request) => dispatch(api, ns, m, request),
      listen: serviceChannel(api).listen,
      broadcast,
    });
    changes.fire({ programId: PROGRAM_ID });
    expect(broadcast).toHaveBeenCalledExactlyOnceWith('library:onDidChange', {
      programId: PROGRAM_ID,
    });
    registered.dispose();
    changes.fire({ programId: PROGRAM_ID });
    expect(broadcast).toHaveBeenCalledTimes(1);
  });

  it('settles only once requests already received have been answered', async () => {
    const fake = fakeIpcMain();
    let finish: (envelope: Envelope<unknown>) => void = () => {};
    const registered = registerHostHandlers(fake.ipcMain, {
      isTrustedSender,
      dispatch: () => new Promise((resolve) => (finish = resolve)),
      ...noEvents,
    });
    void fake.handlers.get('documents:append')!(trusted, {
      id: PROGRAM_ID,
      updates: [new Uint8Array([1])],
    });
    let settled = false;
    const settling = registered.settle().then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    finish({ ok: true, value: null });
    await settling;
    expect(settled).toBe(true);
  });
});
