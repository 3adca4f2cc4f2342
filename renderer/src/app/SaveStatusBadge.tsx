import { useTranslation } from 'react-i18next';

import { useDescribeError } from '../i18n/describe-error';
import { useSaveStatus } from '../program';

export function SaveStatusBadge() {
  const { t } = useTranslation();
  const status = useSaveStatus();
  const describe = useDescribeError();
  const text =
    status.state === 'error'
      ? t('status.error', { message: describe(status.error) })
      : status.state === 'saving'
        ? t('status.saving')
        : t('status.saved');
  return (
    <span className={`badge ${status.state === 'error' ? 'badge-danger' : ''}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}
