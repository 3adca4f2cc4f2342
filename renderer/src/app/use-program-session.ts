import { useEffect, useState } from 'react';

import { useHost } from '../host';
import { ProgramSession } from '../program';

export type SessionState =
  | { state: 'loading' }
  | { state: 'ready'; session: ProgramSession }
  | { state: 'failed'; message: string };

type Keyed = { key: string; value: SessionState };

/** Opens a program for as long as the component showing it is mounted. */
export function useOpenProgram(programId: string, attempt: number): SessionState {
  const host = useHost();
  const key = `${programId}#${attempt}`;
  const [opened, setOpened] = useState<Keyed | null>(null);

  useEffect(() => {
    let cancelled = false;
    let session: ProgramSession | null = null;
    ProgramSession.open(host, programId).then(
      (value) => {
        if (cancelled) {
          void value.close();
          return;
        }
        session = value;
        setOpened({ key, value: { state: 'ready', session: value } });
      },
      (error: unknown) => {
        if (cancelled) return;
        setOpened({ key, value: { state: 'failed', message: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => {
      cancelled = true;
      if (session !== null) void session.close();
    };
  }, [host, programId, key]);

  // A result that belongs to another program or attempt is not shown.
  return opened !== null && opened.key === key ? opened.value : { state: 'loading' };
}
