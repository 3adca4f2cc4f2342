import { describe, expect, it, vi } from 'vitest';

import { resolveAppPaths, userDataOverrideOf } from '../../electron/main/app/paths';
import { createQuitGuard, type QuitSteps } from '../../electron/main/app/quit-guard';

function guard(overrides: Partial<QuitSteps> = {}) {
  const order: string[] = [];
  const step = (name: string) => vi.fn(async () => void order.push(name));
  const steps: QuitSteps = {
    closeWindows: step('windows'),
    settleRequests: step('requests'),
    closeServices: step('services'),
    quit: vi.fn(() => void order.push('quit')),
    timeoutMs: 1_000,
    report: vi.fn(),
    ...overrides,
  };
  const beforeQuit = createQuitGuard(steps);
  const quitEvent = () => ({ preventDefault: vi.fn() });
  return { steps, beforeQuit, quitEvent, order };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('quitting', () => {
  it('holds the first quit until windows are closed and storage is flushed, then quits for real', async () => {
    const { beforeQuit, quitEvent, order, steps } = guard();
    const first = quitEvent();
    beforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(steps.quit).toHaveBeenCalled());
    expect(order).toEqual(['windows', 'requests', 'services', 'quit']);
    const second = quitEvent();
    beforeQuit(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('shuts down once however many quits arrive meanwhile', async () => {
    const { beforeQuit, quitEvent, steps } = guard();
    const events = [quitEvent(), quitEvent(), quitEvent()];
    events.forEach((event) => beforeQuit(event));
    await vi.waitFor(() => expect(steps.quit).toHaveBeenCalled());
    expect(events.every((event) => event.preventDefault.mock.calls.length === 1)).toBe(true);
    expect(steps.closeServices).toHaveBeenCalledTimes(1);
    expect(steps.quit).toHaveBeenCalledTimes(1);
  });

  it('still quits, and reports, when a step fails or hangs', async () => {
    const failing = guard({
      closeServices: vi.fn(async () => Promise.reject(new Error('disk full'))),
    });
    failing.beforeQuit(failing.quitEvent());
    await vi.waitFor(() => expect(failing.steps.quit).toHaveBeenCalled());
    expect(failing.steps.report).toHaveBeenCalledWith(new Error('disk full'));

    const hanging = guard({ closeWindows: () => new Promise(() => {}), timeoutMs: 20 });
    hanging.beforeQuit(hanging.quitEvent());
    await flush();
    await vi.waitFor(() => expect(hanging.steps.quit).toHaveBeenCalled());
    expect(hanging.steps.closeServices).not.toHaveBeenCalled();
    expect(hanging.steps.report).toHaveBeenCalled();
  });
});

describe('app paths', () => {
  it('find preload and interface beside the main bundle, and templates in the source tree when unpackaged', () => {
    expect(
      resolveAppPaths({
        mainDirectory: '/repo/out/main',
        isPackaged: false,
        resourcesPath: '/electron/resources',
      }),
    ).toEqual({
      preload: '/repo/out/preload/index.cjs',
      renderer: '/repo/out/renderer',
      templates: '/repo/resources/templates',
      methods: '/repo/resources/methods',
      icon: '/repo/resources/icons/icon.png',
      hostedServer: '/repo/out/main/hosted-server.js',
    });
  });

  it('find templates and the icon among the packaged extra resources', () => {
    expect(
      resolveAppPaths({
        mainDirectory: '/opt/Cotutor/resources/app.asar/out/main',
        isPackaged: true,
        resourcesPath: '/opt/Cotutor/resources',
      }),
    ).toEqual({
      preload: '/opt/Cotutor/resources/app.asar/out/preload/index.cjs',
      renderer: '/opt/Cotutor/resources/app.asar/out/renderer',
      templates: '/opt/Cotutor/resources/templates',
      methods: '/opt/Cotutor/resources/methods',
      icon: '/opt/Cotutor/resources/icons/icon.png',
      hostedServer: '/opt/Cotutor/resources/app.asar/out/main/hosted-server.js',
    });
  });

  it('honour a test profile folder only when unpackaged and absolute', () => {
    expect(userDataOverrideOf('/tmp/profile', false)).toBe('/tmp/profile');
    expect(userDataOverrideOf('/tmp/profile', true)).toBeNull();
    expect(userDataOverrideOf('relative/profile', false)).toBeNull();
    expect(userDataOverrideOf(undefined, false)).toBeNull();
  });
});
