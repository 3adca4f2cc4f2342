import { useTranslation } from 'react-i18next';

import { Button, Dialog } from '../../components';

/** Asks before the whole program goes back to a version. */
export function RestoreDialog({
  version,
  onConfirm,
  onClose,
}: {
  version: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('history');
  return (
    <Dialog
      open
      title={t('restore.title')}
      onClose={onClose}
      onSubmit={onConfirm}
      footer={
        <>
          <Button onClick={onClose}>{t('restore.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('restore.confirm')}
          </Button>
        </>
      }
    >
      <p>{t('restore.body', { version })}</p>
    </Dialog>
  );
}
