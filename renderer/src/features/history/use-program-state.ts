import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';

import { NOW } from '../../app/route';
import { useProgramSession } from '../../program';
import { useVersionKeeper } from './use-version-keeper';

export type ProgramState =
  | { state: 'loading' }
  /** `retry` opens it again: a version fetched from the sync server may open once online. */
  | { state: 'failed'; error: unknown; retry: () => void }
  | { state: 'ready'; doc: Y.Doc };

/**
 * The program as a version holds it, decoded into a document of its own while
 * the component lives; for NOW, the live document itself, which is only read.
 */
export function useProgramState(ref: string): ProgramState {
  const session = useProgramSession();
  const keeper = useVersionKeeper();
  const now = useMemo<ProgramState>(() => ({ state: 'ready', doc: session.doc }), [session.doc]);
  const [loaded, setLoaded] = useState<{ ref: string; state: ProgramState } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (ref === NOW) return;
    let live = true;
    let doc: Y.Doc | null = null;
    keeper.open(ref).then(
      (opened) => {
        if (!live) return opened.destroy();
        doc = opened;
        setLoaded({ ref, state: { state: 'ready', doc: opened } });
      },
      (error: unknown) => {
        if (!live) return;
        const retry = () => {
          setLoaded(null);
          setAttempt((n) => n + 1);
        };
        setLoaded({ ref, state: { state: 'failed', error, retry } });
      },
    );
    return () => {
      live = false;
      doc?.destroy();
    };
  }, [ref, keeper, attempt]);

  if (ref === NOW) return now;
  return loaded?.ref === ref ? loaded.state : { state: 'loading' };
}
