import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
} from 'react';

import { Button } from './Button';

export type Toast = {
  message: string;
  action?: { label: string; run: () => void };
};

type ShownToast = Toast & { id: number };

const ToastContext = createContext<((toast: Toast) => void) | null>(null);

const TOAST_MS = 8000;

type Countdown = { left: number; since: number; timer: ReturnType<typeof setTimeout> | null };

/**
 * Each toast's time left, counted only while nobody holds the toasts: the
 * pointer over them or focus in them stops every clock, and letting go starts
 * them again with what they had left.
 */
class ToastTimes {
  private readonly times = new Map<number, Countdown>();
  private readonly holds = { pointer: false, focus: false };

  constructor(private readonly expire: (id: number) => void) {}

  start(id: number): void {
    const countdown: Countdown = { left: TOAST_MS, since: Date.now(), timer: null };
    this.times.set(id, countdown);
    if (!this.held()) this.run(id, countdown);
  }

  forget(id: number): void {
    const countdown = this.times.get(id);
    if (countdown?.timer) clearTimeout(countdown.timer);
    this.times.delete(id);
  }

  hold(reason: 'pointer' | 'focus', held: boolean): void {
    const before = this.held();
    this.holds[reason] = held;
    if (before === this.held()) return;
    for (const [id, countdown] of this.times) {
      if (!this.held()) this.run(id, countdown);
      else if (countdown.timer !== null) {
        clearTimeout(countdown.timer);
        countdown.timer = null;
        countdown.left -= Date.now() - countdown.since;
      }
    }
  }

  private held(): boolean {
    return this.holds.pointer || this.holds.focus;
  }

  private run(id: number, countdown: Countdown): void {
    countdown.since = Date.now();
    countdown.timer = setTimeout(() => {
      this.times.delete(id);
      this.expire(id);
    }, countdown.left);
  }
}

/**
 * Short notices at the bottom of the window, each with an optional action such
 * as Undo. A toast goes after TOAST_MS, but its time stands still while the
 * pointer is over the toasts or focus is in them: one reaching for Undo, or
 * reading with a screen reader, does not see it go from under them.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const nextId = useRef(1);
  const [times] = useState(
    () =>
      new ToastTimes((id) => setToasts((current) => current.filter((toast) => toast.id !== id))),
  );

  const dismiss = useCallback(
    (id: number) => {
      times.forget(id);
      setToasts((current) => current.filter((toast) => toast.id !== id));
    },
    [times],
  );

  const show = useCallback(
    (toast: Toast) => {
      const id = nextId.current++;
      // Three at most: the oldest goes first (its clock finds it gone).
      setToasts((current) => [...current.slice(-2), { ...toast, id }]);
      times.start(id);
    },
    [times],
  );

  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div
        className="toasts"
        role="status"
        aria-live="polite"
        onPointerEnter={() => times.hold('pointer', true)}
        onPointerLeave={() => times.hold('pointer', false)}
        onFocus={() => times.hold('focus', true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) times.hold('focus', false);
        }}
      >
        {toasts.map((toast) => (
          <div key={toast.id} className="toast">
            <span>{toast.message}</span>
            {toast.action ? (
              <Button
                small
                onClick={() => {
                  dismiss(toast.id);
                  toast.action?.run();
                }}
              >
                {toast.action.label}
              </Button>
            ) : null}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: Toast) => void {
  const show = useContext(ToastContext);
  if (show === null) throw new Error('useToast outside ToastProvider');
  return show;
}
