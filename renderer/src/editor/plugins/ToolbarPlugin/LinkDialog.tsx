import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { normalizeUrl } from '../../../../../shared/model/rich-text/links';
import { Button, Dialog } from '../../../components';

/** Asks for a link address; only web and mail addresses are accepted. */
export function LinkDialog({ onDone }: { onDone: (url: string | null) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

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
      <div className="field">
        <label htmlFor={id}>{t('editor.linkAddress')}</label>
        <input
          id={id}
          className="input"
          value={value}
          autoFocus
          placeholder="https://"
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `${id}-error` : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
        />
        {error !== null ? (
          <span id={`${id}-error`} className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
    </Dialog>
  );
}
