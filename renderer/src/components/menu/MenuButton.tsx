import './menu.css';

import {
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { createPortal } from 'react-dom';

import { useAnchoredPosition } from './use-anchored-position';

export type MenuItem = {
  kind: 'item';
  key: string;
  label: ReactNode;
  /** When the visible label alone would be ambiguous ("Day 2" → "Move to Day 2"). */
  ariaLabel?: string;
  detail?: string;
  danger?: boolean;
  onSelect: () => void;
};
export type MenuEntry =
  | MenuItem
  | { kind: 'group'; key: string; label: string; items: MenuItem[] }
  | { kind: 'separator'; key: string };

type MenuButtonProps = {
  /** The button's content; its accessible name is `ariaLabel` when given. */
  children: ReactNode;
  ariaLabel?: string;
  className?: string;
  /** Built only while the menu is open, so sixty closed card menus cost nothing. */
  entries: () => MenuEntry[];
  align?: 'start' | 'end';
  /** Lets the planner find the button again after a re-render (focus requests). */
  focusKey?: string;
};

/**
 * A menu button after the WAI-ARIA pattern: Enter, Space or arrows open it and
 * focus an item, arrows, Home, End and a first letter move between items, Escape
 * closes it and gives focus back to the button, leaving it (Tab, a click
 * elsewhere) closes it.
 */
export function MenuButton({
  children,
  ariaLabel,
  className,
  entries,
  align = 'start',
  focusKey,
}: MenuButtonProps) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const buttonId = useId();
  const style = useAnchoredPosition(buttonRef, menuRef, open !== false, align);

  const items = () => [
    ...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
  ];

  useLayoutEffect(() => {
    if (open === false) return;
    const all = items();
    (open === 'first' ? all[0] : all[all.length - 1])?.focus();
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = items();
    const current = all.indexOf(document.activeElement as HTMLElement);
    const focusAt = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') focusAt(current + 1);
    else if (event.key === 'ArrowUp') focusAt(current < 0 ? -1 : current - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(-1);
    else if (event.key === 'Escape' || event.key === 'Tab') close(true);
    else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const letter = event.key.toLowerCase();
      const order = [...all.slice(current + 1), ...all.slice(0, current + 1)];
      order.find((item) => item.textContent?.trim().toLowerCase().startsWith(letter))?.focus();
    } else {
      event.stopPropagation();
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const onMenuBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (
      next instanceof Node &&
      (menuRef.current?.contains(next) || buttonRef.current?.contains(next))
    )
      return;
    close(false);
  };

  const renderItem = (item: MenuItem) => (
    <button
      key={item.key}
      type="button"
      role="menuitem"
      tabIndex={-1}
      aria-label={item.ariaLabel}
      className={item.danger ? 'menu-item menu-item-danger' : 'menu-item'}
      onClick={() => {
        close(true);
        item.onSelect();
      }}
    >
      <span>{item.label}</span>
      {item.detail !== undefined ? <span className="menu-item-detail">{item.detail}</span> : null}
    </button>
  );

  return (
    <>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className={className}
        aria-label={ariaLabel}
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open !== false ? menuId : undefined}
        data-focus-key={focusKey}
        onClick={() => setOpen((current) => (current === false ? 'first' : false))}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
        }}
      >
        {children}
      </button>
      {open !== false
        ? createPortal(
            <div
              ref={menuRef}
              id={menuId}
              role="menu"
              aria-labelledby={buttonId}
              tabIndex={-1}
              className="menu"
              style={style}
              // The menu lives in a portal but React still bubbles its events up to
              // the card, whose drag listeners must not see them.
              onPointerDown={(event) => event.stopPropagation()}
              onKeyDown={onMenuKeyDown}
              onBlur={onMenuBlur}
            >
              {entries().map((entry) =>
                entry.kind === 'item' ? (
                  renderItem(entry)
                ) : entry.kind === 'separator' ? (
                  <div key={entry.key} role="separator" className="menu-separator" />
                ) : (
                  <div key={entry.key} role="group" aria-label={entry.label} className="menu-group">
                    <div className="menu-group-label" aria-hidden="true">
                      {entry.label}
                    </div>
                    {entry.items.map(renderItem)}
                  </div>
                ),
              )}
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
