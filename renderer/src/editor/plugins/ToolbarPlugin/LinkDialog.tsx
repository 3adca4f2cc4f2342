import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { normalizeUrl } from '../../../../../shared/model/rich-text/links';
import { Button, Dialog, InputField } from '../../../components';

/** Asks for a link address; only web and mail addresses are accepted. */
export function LinkDialog({ onDone }: { onDone: (url: string | null) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const url = normalizeUrl(value);
    if (url === null) {
      setError(t('editor.linkInvalid'));
      return;
    }
    onDone(url);
  };

  return (
    <Dialog
      open
      title={t('editor.linkDialogTitle')}
      onClose={() => onDone(null)}
      onSubmit={submit}
      footer={
        <>
          <Button onClick={() => onDone(null)}>{t('actions.cancel')}</Button>
          <Button variant="primary" type="submit">
            {t('editor.addLink')}
          </Button>
        </>
      }
    >
      <InputField
        label={t('editor.linkAddress')}
        value={value}
        autoFocus
        placeholder="https://"
        error={error}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
      />
    </Dialog>
  );
}
