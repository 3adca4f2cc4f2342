import { useEffect } from 'react';

import { useHost } from '../host';
import type { ProgramSession } from '../program';

/**
 * Edits reach storage within a quarter of a second; closing the window inside that
 * quarter would drop them. When changes are still pending, the close is held back
 * until they are written: inside Electron the window then closes itself; in a
 * browser the page asks before leaving while the save completes.
 */
export function useSaveBeforeUnload(session: ProgramSession): void {
  const host = useHost();

  useEffect(() => {
    let shell: 'electron' | 'web' = 'web';
    void host.app.info().then((info) => {
      shell = info.shell;
    });
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (session.saver.getStatus().state === 'saved') return;
      event.preventDefault();
      const saved = session.saver.flush();
      if (shell === 'electron') void saved.finally(() => window.close());
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void session.saver.flush().catch(() => undefined);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [host, session]);
}
