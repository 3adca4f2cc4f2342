import { useEffect, useState } from 'react';

import { useHost } from '../host';
import { ProgramSession } from '../program';

export type SessionState =
  | { state: 'loading' }
  /** Joined from an invite: open and connected, the program not received yet. */
  | { state: 'waiting'; session: ProgramSession }
  | { state: 'ready'; session: ProgramSession }
  | { state: 'failed'; error: unknown };

type Keyed = { key: string; value: SessionState };

/** Opens a program for as long as the component showing it is mounted. */
export function useOpenProgram(programId: string, attempt: number): SessionState {
  const host = useHost();
  const key = `${programId}#${attempt}`;
  const [opened, setOpened] = useState<Keyed | null>(null);

  useEffect(() => {
    let cancelled = false;
    let session: ProgramSession | null = null;
    const show = (value: SessionState) => {
      if (!cancelled) setOpened({ key, value });
    };
    ProgramSession.open(host, programId).then(
      (value) => {
        if (cancelled) {
          void value.close();
          return;
        }
        session = value;
        // The review document comes in after the plan is shown; a failure to read it fails the open.
        value.reviewLoaded.catch((error: unknown) => show({ state: 'failed', error }));
        if (!value.isAwaitingContent) return show({ state: 'ready', session: value });
        show({ state: 'waiting', session: value });
        value.contentArrived.then(
          () => show({ state: 'ready', session: value }),
          (error: unknown) => show({ state: 'failed', error }),
        );
      },
      (error: unknown) => show({ state: 'failed', error }),
    );
    return () => {
      cancelled = true;
      if (session !== null) void session.close();
    };
  }, [host, programId, key]);

  // A result that belongs to another program or attempt is not shown.
  return opened !== null && opened.key === key ? opened.value : { state: 'loading' };
}
