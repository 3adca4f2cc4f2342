import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { VERSION_LIMITS } from '../../../../shared/history/version-list';
import { Button, InputField, useToast } from '../../components';
import { useDescribeError } from '../../i18n/describe-error';
import { useVersionKeeper } from './use-version-keeper';

/** Names a version of the program as it is now: "Sent to partners, 12 March". */
export function NameVersionForm() {
  const { t } = useTranslation('history');
  const keeper = useVersionKeeper();
  const toast = useToast();
  const describe = useDescribeError();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return setError(t('name.empty'));
    setSaving(true);
    try {
      await keeper.keep({ kind: 'named', name: trimmed });
      setName('');
      setError(null);
      toast({ message: t('name.saved', { name: trimmed }) });
    } catch (failure) {
      setError(t('name.failed', { message: describe(failure) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="name-version" onSubmit={(event) => void submit(event)}>
      <InputField
        label={t('name.label')}
        placeholder={t('name.placeholder')}
        value={name}
        maxLength={VERSION_LIMITS.maxNameLength}
        error={error}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
      />
      <Button type="submit" variant="primary" disabled={saving}>
        {t('name.save')}
      </Button>
    </form>
  );
}
