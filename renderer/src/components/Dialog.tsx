import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';

export type DialogProps = {
  open: boolean;
  title: string;
  onClose: () => void;
  /** When given, the dialog is a form and Enter submits it. */
  onSubmit?: () => void;
  children: ReactNode;
  footer: ReactNode;
  describedBy?: string;
  /** Extra classes, e.g. for a dialog wider than the usual form. */
  className?: string;
};

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, closes
 * it on Escape and restores focus afterwards.
 */
export function Dialog({
  open,
  title,
  onClose,
  onSubmit,
  children,
  footer,
  describedBy,
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };

  return (
    <dialog
      ref={ref}
      className={className === undefined ? 'dialog' : `dialog ${className}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <form method="dialog" onSubmit={submit}>
          <div className="dialog-header">
            <h2 id={titleId}>{title}</h2>
          </div>
          <div className="dialog-body">{children}</div>
          <div className="dialog-footer">{footer}</div>
        </form>
      ) : null}
    </dialog>
  );
}
