import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, type ButtonProps } from '../../components';
import { PreferencesDialog } from './PreferencesDialog';

/** Opens the Preferences dialog; placed in the library's header and the program's top bar. */
export function PreferencesButton(props: Omit<ButtonProps, 'onClick' | 'children'>) {
  const { t } = useTranslation('settings');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button {...props} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('preferences.open')}
      </Button>
      <PreferencesDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
