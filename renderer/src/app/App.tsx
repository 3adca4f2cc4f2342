import { useTranslation } from 'react-i18next';

import { ToastProvider } from '../components';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { PreferencesProvider, usePreferences } from '../features/preferences/preferences-context';
import { HostingNotice } from '../features/sharing/HostingNotice';
import { ProgramScreen } from './ProgramScreen';
import { useRoute } from './route';
import { useAppearance } from './use-appearance';
import { useInterfaceLanguage } from './use-interface-language';
import { useWindowTitle } from './use-window-title';

export function App() {
  return (
    <PreferencesProvider>
      <ToastProvider>
        <div className="app-frame">
          <HostingNotice />
          <div className="app-screen">
            <Screens />
          </div>
        </div>
      </ToastProvider>
    </PreferencesProvider>
  );
}

function Screens() {
  const [route, navigate] = useRoute();
  // Read from the shared preferences, so a change in the dialog applies at once.
  const { settings } = usePreferences();
  useAppearance(settings?.appearance);
  useInterfaceLanguage(settings?.language);

  return route.view === 'library' ? (
    <>
      <LibraryWindowTitle />
      <LibraryScreen
        creating={route.creating === true}
        onCreatingChange={(creating) => navigate({ view: 'library', creating })}
        onOpen={(programId) => navigate({ view: 'week', programId })}
      />
    </>
  ) : (
    <ProgramScreen key={route.programId} route={route} navigate={navigate} />
  );
}

function LibraryWindowTitle() {
  const { t } = useTranslation();
  useWindowTitle(t('nav.library'));
  return null;
}
