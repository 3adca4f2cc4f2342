import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProgramSummary } from '../../../../shared/host-api/contract';
import { LIMITS } from '../../../../shared/model/schema';
import { Button, Dialog, InputField } from '../../components';
import { useDescribeError } from '../../i18n/describe-error';

type Props = {
  program: ProgramSummary;
  onClose: () => void;
  onRename: (title: string) => Promise<void>;
};

export function RenameDialog({ program, onClose, onRename }: Props) {
  const { t } = useTranslation('library');
  const [title, setTitle] = useState(program.title);
  const [error, setError] = useState<string | null>(null);
  const describe = useDescribeError();

  const submit = async () => {
    if (title.trim() === '') return setError(t('validation.title.empty', { ns: 'common' }));
    if (title.length > LIMITS.maxTitleLength) {
      return setError(t('validation.title.tooLong', { ns: 'common', max: LIMITS.maxTitleLength }));
    }
    try {
      await onRename(title);
    } catch (failure) {
      setError(describe(failure));
    }
  };

  return (
    <Dialog
      open
      title={t('renameDialog.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('actions.cancel', { ns: 'common' })}</Button>
          <Button variant="primary" type="submit">
            {t('renameDialog.submit')}
          </Button>
        </>
      }
    >
      <InputField
        label={t('renameDialog.field')}
        value={title}
        autoFocus
        error={error}
        onChange={(event) => {
          setTitle(event.target.value);
          setError(null);
        }}
      />
    </Dialog>
  );
}
