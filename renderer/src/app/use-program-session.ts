import { useEffect, useState } from 'react';

import { useHost } from '../host';
import { ProgramSession } from '../program';

export type SessionState =
  | { state: 'loading' }
  | { state: 'ready'; session: ProgramSession }
  | { state: 'failed'; message: string };

/** Opens a program for as long as the component showing it is mounted. */
export function useOpenProgram(programId: string, attempt: number): SessionState {
  const host = useHost();
  const [state, setState] = useState<SessionState>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let opened: ProgramSession | null = null;
    setState({ state: 'loading' });
    ProgramSession.open(host, programId).then(
      (session) => {
        if (cancelled) {
          void session.close();
          return;
        }
        opened = session;
        setState({ state: 'ready', session });
      },
      (error: unknown) => {
        if (!cancelled) setState({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      cancelled = true;
      if (opened !== null) void opened.close();
    };
  }, [host, programId, attempt]);

  return state;
}
