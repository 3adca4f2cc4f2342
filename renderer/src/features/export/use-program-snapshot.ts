import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';

import { readProgram } from '../../../../shared/model/read';
import { type Program } from '../../../../shared/model/types';

/** Co-tutors may type while the preview is open: read again once they pause. */
const SETTLE_MS = 300;

/**
 * The whole program with its rich text as `doc` holds it — the live document,
 * kept current while the component lives, or a version's — or null while
 * there is no document yet (a version still loading).
 */
export function useProgramSnapshot(doc: Y.Doc | null): Program | null {
  const [settled, setSettled] = useState(0);

  useEffect(() => {
    if (doc === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setSettled((n) => n + 1), SETTLE_MS);
    };
    doc.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      doc.off('update', onUpdate);
    };
  }, [doc]);

  // `settled` is the signal that the document changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => (doc === null ? null : readProgram(doc)), [doc, settled]);
}
