import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

import { blockOf } from '../../../shared/model/layout';
import { readBlock, readCoTutors, readDays, readMeta } from '../../../shared/model/read';
import { type CoTutor } from '../../../shared/model/records/co-tutor';
import { type ProgramMeta } from '../../../shared/model/records/program-meta';
import { type Block, type Day } from '../../../shared/model/types';
import { observeStructure } from './observe';
import { useProgramSession } from './program-context';
import type { SaveStatus } from './saver';

/** A counter that moves on every structural change of the open program. */
function useStructureVersion(doc: Y.Doc): number {
  const subscribe = useCallback(
    (notify: () => void) => {
      const stop = observeStructure(doc, () => {
        versions.set(doc, (versions.get(doc) ?? 0) + 1);
        notify();
      });
      return stop;
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => versions.get(doc) ?? 0);
}
const versions = new WeakMap<Y.Doc, number>();

/** Reads a value from the program and re-reads it when the structure changes. */
export function useProgramValue<T>(read: (doc: Y.Doc) => T): T {
  const { doc } = useProgramSession();
  const version = useStructureVersion(doc);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the change signal
  return useMemo(() => read(doc), [doc, version, read]);
}

export function useMeta(): ProgramMeta {
  return useProgramValue(readMeta);
}

export function useCoTutors(): CoTutor[] {
  return useProgramValue(readCoTutors);
}

/** Days in order with their blocks' structured fields (no rich text). */
export function useDays(): Day[] {
  return useProgramValue(readDaysWithoutText);
}
const readDaysWithoutText = (doc: Y.Doc) => readDays(doc, { withText: false });

/** One block's structured fields and stages, or null once it is deleted. */
export function useBlock(blockId: string): Block | null {
  const read = useCallback(
    (doc: Y.Doc) => {
      const block = blockOf(doc, blockId);
      return block === null ? null : readBlock(blockId, block, { withText: false });
    },
    [blockId],
  );
  return useProgramValue(read);
}

export function useSaveStatus(): SaveStatus {
  const { saver } = useProgramSession();
  return useSyncExternalStore(
    useCallback((notify) => saver.onStatus(notify), [saver]),
    () => saver.getStatus(),
  );
}

export function useUndoState(): { canUndo: boolean; canRedo: boolean } {
  const { undoManager } = useProgramSession();
  const subscribe = useCallback(
    (notify: () => void) => {
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
      for (const event of events) undoManager.on(event, notify);
      return () => {
        for (const event of events) undoManager.off(event, notify);
      };
    },
    [undoManager],
  );
  const canUndo = useSyncExternalStore(subscribe, () => undoManager.canUndo());
  const canRedo = useSyncExternalStore(subscribe, () => undoManager.canRedo());
  return { canUndo, canRedo };
}
