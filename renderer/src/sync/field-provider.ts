import type { Provider } from '@lexical/yjs';

import type { FieldAwareness } from './field-awareness';
import type { Connectable, Release, SharedProvider } from './shared-provider';

/**
 * What one rich-text field's binding sees as "the provider": the program's
 * shared connection, used through a lease (connect takes it, disconnect gives it
 * back, never more than one), and the field's own view of the awareness.
 *
 * Our binding (bind-editor.ts) reads only `awareness`; the events are those
 * Lexical's CollaborationPlugin would listen to, which we do not use.
 */
export function fieldProvider(
  shared: SharedProvider<Connectable>,
  awareness: FieldAwareness,
): Provider {
  let release: Release | null = null;
  const provider = {
    awareness,
    connect: () => {
      release ??= shared.acquire();
    },
    disconnect: () => {
      release?.();
      release = null;
    },
    on: () => undefined,
    off: () => undefined,
  };
  // Lexical types the awareness more narrowly than y-protocols does: its awareness
  // type and y-protocols' differ, so the object is only structurally a Provider.
  return provider as unknown as Provider;
}
