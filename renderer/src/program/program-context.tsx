import { createContext, type ReactNode, useContext } from 'react';

import type { ProgramSession } from './program-session';

const ProgramContext = createContext<ProgramSession | null>(null);

export function ProgramProvider({
  session,
  children,
}: {
  session: ProgramSession;
  children: ReactNode;
}) {
  return <ProgramContext.Provider value={session}>{children}</ProgramContext.Provider>;
}

export function useProgramSession(): ProgramSession {
  const session = useContext(ProgramContext);
  if (session === null) throw new Error('useProgramSession outside ProgramProvider');
  return session;
}
