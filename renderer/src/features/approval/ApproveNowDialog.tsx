import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { VERSION_LIMITS } from '../../../../shared/history/version-list';
import { Button, Dialog, InputField, useToast } from '../../components';
import { useDescribeError } from '../../i18n/describe-error';
import { formatCalendarDate, useFormatLocale } from '../../i18n/format';
import { useVersionKeeper } from '../history/use-version-keeper';
import { useApprovalActions } from './use-approve';

/**
 * Approves the program as it is now: an approval is of a version, so a named
 * version is kept first ("Approved for delivery, 2 Dec 2026" unless renamed),
 * and approved once it is stored.
 */
export function ApproveNowDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('history');
  const locale = useFormatLocale();
  const keeper = useVersionKeeper();
  const actions = useApprovalActions();
  const toast = useToast();
  const describe = useDescribeError();
  const [name, setName] = useState(() =>
    t('approval.now.defaultName', {
      date: formatCalendarDate(Date.now(), locale),
    }),
  );
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const trimmed = name.trim();
    if (trimmed === '') return setError(t('name.empty'));
    setSaving(true);
    try {
      const kept = await keeper.keep({ kind: 'named', name: trimmed });
      // A named version is always kept; null is only ever an automatic one skipped.
      if (kept !== null) await actions.approve(kept.id);
      toast({ message: t('approval.now.done', { name: trimmed }) });
      onClose();
    } catch (failure) {
      setError(t('name.failed', { message: describe(failure) }));
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      title={t('approval.now.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('approval.now.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={saving || !actions.canApprove}>
            {t('approval.now.confirm')}
          </Button>
        </>
      }
    >
      <p>{t('approval.now.body')}</p>
      <InputField
        label={t('approval.now.name')}
        value={name}
        maxLength={VERSION_LIMITS.maxNameLength}
        error={error}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
      />
    </Dialog>
  );
}
