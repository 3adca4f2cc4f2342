import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, type ButtonProps } from '../../components';

// Loaded when first opened: its time-zone list and colour choice are not needed
// to show a session plan (tests/e2e/first-open.spec.ts holds the first script's size).
const PreferencesDialog = lazy(() =>
  import('./PreferencesDialog').then((module) => ({ default: module.PreferencesDialog })),
);

/** Opens the Preferences dialog; placed in the library's header and the program's top bar. */
export function PreferencesButton(props: Omit<ButtonProps, 'onClick' | 'children'>) {
  const { t } = useTranslation('settings');
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        {...props}
        aria-haspopup="dialog"
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        {t('preferences.open')}
      </Button>
      {opened ? (
        <Suspense fallback={null}>
          <PreferencesDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
