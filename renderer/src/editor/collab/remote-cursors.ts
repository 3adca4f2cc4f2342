import {
  type Binding,
  type Provider,
  syncCursorPositions,
  type SyncCursorPositionsFn,
} from '@lexical/yjs';

/**
 * Draws the other people's cursors and selections in a field, from what the
 * binding's provider shows (for a field: only the people in that field).
 * Selections use the CSS Custom Highlight API (no boxes to keep in step with
 * wrapping text); the caret and name label are styled by the editor theme. An
 * editor with nowhere to draw (headless) is skipped.
 */
export const syncRemoteCursors: SyncCursorPositionsFn = (binding, provider) => {
  if (binding.cursorsContainer !== null)
    syncCursorPositions(binding, provider, { selectionHighlight: true });
};

/** Removes every remote cursor of a binding that goes away (their highlights are document-wide). */
export function clearRemoteCursors(binding: Binding, provider: Provider): void {
  if (binding.cursorsContainer !== null)
    syncCursorPositions(binding, provider, { getAwarenessStates: () => new Map() });
}

/**
 * Lexical names each remote selection's highlight after the binding's id
 * (`::highlight(lexical-cursor-<id>-<client>)`), which must therefore be a CSS
 * identifier; field ids hold colons ("<block id>:<field>").
 */
export function cursorSafeId(fieldId: string): string {
  return fieldId.replace(/[^A-Za-z0-9_-]/g, '_');
}
