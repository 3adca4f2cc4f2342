import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

import type { ThreadTarget } from '../../../../shared/review/threads';
import { useProgramSession } from '../../program';

export type Comments = {
  /** A thread being started: its target, until its first comment is sent or cancelled. */
  draft: ThreadTarget | null;
  startThread: (target: ThreadTarget) => void;
  clearDraft: () => void;
  panelOpen: boolean;
  setPanelOpen: (open: boolean) => void;
  /** The thread the user picked in the panel; its text is highlighted more strongly. */
  focusedThreadId: string | null;
  focusThread: (id: string | null) => void;
  /** The list of every thread of the program, beside whatever screen is open. */
  programListOpen: boolean;
  setProgramListOpen: (open: boolean) => void;
};

const CommentsContext = createContext<Comments | null>(null);

/** Where comments are started and shown, for one open program. */
export function CommentsProvider({ children }: { children: ReactNode }) {
  const session = useProgramSession();
  const [draft, setDraft] = useState<ThreadTarget | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [focusedThreadId, focusThread] = useState<string | null>(null);
  const [programListOpen, setProgramListOpen] = useState(false);
  const value = useMemo<Comments>(
    () => ({
      draft,
      // Started once the review document is loaded: the thread is written into it.
      startThread: (target) =>
        session.whenReviewLoaded(() => {
          setDraft(target);
          // A session's threads are beside its plan; the program's in the list of all.
          if (target.kind === 'program' || target.blockId === null) setProgramListOpen(true);
          else setPanelOpen(true);
        }),
      clearDraft: () => setDraft(null),
      panelOpen,
      setPanelOpen,
      focusedThreadId,
      focusThread: (id) => {
        focusThread(id);
        if (id !== null) setPanelOpen(true);
      },
      programListOpen,
      setProgramListOpen,
    }),
    [session, draft, panelOpen, focusedThreadId, programListOpen],
  );
  return <CommentsContext.Provider value={value}>{children}</CommentsContext.Provider>;
}

/** The comments of the open program, or null outside one (a field then offers no comments). */
export function useComments(): Comments | null {
  return useContext(CommentsContext);
}
