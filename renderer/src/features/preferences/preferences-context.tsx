import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

import type { Settings, SettingsPatch } from '../../../../shared/host-api/contract';
import { useHost } from '../../host';
import { useDescribeError } from '../../i18n/describe-error';

export type Preferences = {
  /** The user's settings, or null until they are read (or when reading failed). */
  settings: Settings | null;
  /** Why the settings could not be read, if they could not. */
  loadError: string | null;
  /** Why the last change could not be saved, until the next change succeeds. */
  saveError: string | null;
  /** Shows the change at once and saves it; on failure shows what is really stored. */
  update: (patch: SettingsPatch) => Promise<void>;
  reload: () => void;
};

const PreferencesContext = createContext<Preferences | null>(null);

/**
 * The user's own settings, read once and shared by the whole window, so that a
 * change made in the Preferences dialog (appearance above all) applies everywhere
 * immediately instead of after a restart.
 */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const host = useHost();
  const describe = useDescribeError();
  const [settings, setSettings] = useState<Settings | null>(null);
  // The failures as thrown ({ error } so that null means none); put into words when shown.
  const [loadFailure, setLoadFailure] = useState<{ error: unknown } | null>(null);
  const [saveFailure, setSaveFailure] = useState<{ error: unknown } | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Answers to earlier saves may arrive after later ones; only the latest counts.
  const latestSave = useRef(0);

  useEffect(() => {
    let cancelled = false;
    host.settings.get().then(
      (stored) => {
        if (cancelled) return;
        setSettings(stored);
        setLoadFailure(null);
      },
      (error: unknown) => {
        if (!cancelled) setLoadFailure({ error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [host, attempt]);

  const update = useCallback(
    async (patch: SettingsPatch) => {
      const save = ++latestSave.current;
      setSettings((current) => (current === null ? current : { ...current, ...patch }));
      try {
        const stored = await host.settings.update(patch);
        if (save !== latestSave.current) return;
        setSettings(stored);
        setSaveFailure(null);
      } catch (error) {
        if (save !== latestSave.current) return;
        setSaveFailure({ error });
        const stored = await host.settings.get().catch(() => null);
        if (stored !== null && save === latestSave.current) setSettings(stored);
      }
    },
    [host],
  );

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const value = useMemo(
    () => ({
      settings,
      loadError: loadFailure === null ? null : describe(loadFailure.error),
      saveError: saveFailure === null ? null : describe(saveFailure.error),
      update,
      reload,
    }),
    [settings, loadFailure, saveFailure, describe, update, reload],
  );
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext);
  if (preferences === null) throw new Error('usePreferences outside PreferencesProvider');
  return preferences;
}
