import { useEffect, useEffectEvent } from 'react';

import type { AppCommand } from '../../../shared/host-api/contract';
import { useHost } from '../host';

/** Whether the key event belongs to a native text input, which keeps its own undo. */
export function inNativeTextInput(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement)
  );
}

function commandOfKey(event: KeyboardEvent): AppCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  if (key === 'n' && !event.shiftKey) return 'new-program';
  if (key === 'l' && !event.shiftKey) return 'show-library';
  // The print shortcut opens the export dialog, whose preview is the printout.
  if (key === 'p' && !event.shiftKey) return 'export-document';
  return null;
}

/**
 * One handler for the application's commands, whether they come from the native
 * menu or from the keyboard (the browser preview has no menu). Rich-text editors
 * handle their own undo keys and route them to the same history.
 */
export function useCommands(handle: (command: AppCommand) => void): void {
  const host = useHost();
  const run = useEffectEvent((command: AppCommand) => handle(command));

  useEffect(() => {
    const stop = host.onCommand(run);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = commandOfKey(event);
      if (command === null) return;
      if ((command === 'undo' || command === 'redo') && inNativeTextInput(event.target)) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      stop();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [host]);
}
