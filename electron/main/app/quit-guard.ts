export type QuitSteps = {
  /** Closes every window (each saves its position on 'close'). */
  closeWindows(): Promise<void>;
  /** Waits for IPC requests already received, so their writes are not cut off. */
  settleRequests(): Promise<void>;
  /** Flushes and closes storage. */
  closeServices(): Promise<void>;
  quit(): void;
  /** After this long the app quits anyway, rather than hang on a stuck step. */
  timeoutMs: number;
  report(error: unknown): void;
};

/**
 * The 'before-quit' listener. The first quit is held back (preventDefault)
 * until windows are closed and storage is flushed, in that order, because a
 * window may still be sending updates while it closes; then it quits for real.
 */
export function createQuitGuard(steps: QuitSteps): (event: { preventDefault(): void }) => void {
  let phase: 'running' | 'closing' | 'closed' = 'running';
  return (event) => {
    if (phase === 'closed') return;
    event.preventDefault();
    if (phase === 'closing') return;
    phase = 'closing';
    const shutdown = (async () => {
      await steps.closeWindows();
      await steps.settleRequests();
      await steps.closeServices();
    })();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Shutdown took longer than ${steps.timeoutMs} ms.`)),
        steps.timeoutMs,
      );
    });
    void Promise.race([shutdown, timeout])
      .catch((error: unknown) => steps.report(error))
      .finally(() => {
        clearTimeout(timer);
        phase = 'closed';
        steps.quit();
      });
  };
}
