import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { HostingStatus } from '../../../../shared/host-api/contract';
import { InputField } from '../../components';
import type { ServerChoice, ShareForm } from './use-share-form';

type Props = { form: ShareForm; hosting: HostingStatus | null };

/** Where to sync a program that is not shared yet: a server's address, or this computer. */
export function ShareFormFields({ form, hosting }: Props) {
  const { t } = useTranslation('sharing');
  const group = useId();
  const insecure =
    form.choice === 'server' && form.address.trim().toLowerCase().startsWith('ws://');

  const option = (value: ServerChoice, label: string, hint: string) => (
    <label className={`share-choice ${form.choice === value ? 'selected' : ''}`}>
      <input
        type="radio"
        name={group}
        value={value}
        checked={form.choice === value}
        onChange={() => form.choose(value)}
        aria-describedby={`${group}-${value}`}
      />
      <span className="share-choice-text">
        <span className="share-choice-label">{label}</span>
        <span id={`${group}-${value}`} className="field-description">
          {hint}
        </span>
      </span>
    </label>
  );

  return (
    <>
      <p className="muted">{t('share.intro')}</p>
      <fieldset className="share-choices">
        <legend className="field-label">{t('share.where')}</legend>
        {option('server', t('share.serverOption'), t('share.serverOptionHint'))}
        {option('host', t('share.hostOption'), t('share.hostOptionHint'))}
      </fieldset>
      {form.choice === 'server' ? (
        <>
          <InputField
            label={t('share.serverAddress')}
            placeholder={t('share.serverPlaceholder')}
            value={form.address}
            spellCheck={false}
            autoComplete="url"
            error={form.addressError}
            description={insecure ? t('share.serverInsecure') : undefined}
            onChange={(event) => form.setAddress(event.target.value)}
          />
          <InputField
            label={t('share.registrationCode')}
            type="password"
            value={form.registrationCode}
            spellCheck={false}
            autoComplete="off"
            description={t('share.registrationCodeHint')}
            onChange={(event) => form.setRegistrationCode(event.target.value)}
          />
        </>
      ) : hosting?.running === true && hosting.urls.length > 0 ? (
        <p className="muted">{t('share.hostRunning', { addresses: hosting.urls.join(', ') })}</p>
      ) : null}
      {form.error !== null ? (
        <p className="field-error" role="alert">
          {form.error}
        </p>
      ) : null}
    </>
  );
}
