import { useEffect, useState } from 'react';

import type { Settings } from '../../../shared/host-api';
import { ToastProvider } from '../components';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { useHost } from '../host';
import { ProgramScreen } from './ProgramScreen';
import { useRoute } from './route';
import { useAppearance } from './use-appearance';

export function App() {
  const host = useHost();
  const [route, navigate] = useRoute();
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    host.settings.get().then(setSettings, () => setSettings(null));
  }, [host]);
  useAppearance(settings?.appearance);

  return (
    <ToastProvider>
      {route.view === 'library' ? (
        <LibraryScreen
          creating={route.creating === true}
          onCreatingChange={(creating) => navigate({ view: 'library', creating })}
          onOpen={(programId) => navigate({ view: 'week', programId })}
        />
      ) : (
        <ProgramScreen key={route.programId} route={route} navigate={navigate} />
      )}
    </ToastProvider>
  );
}
