import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { DamageRecovery } from '../../../shared/host-api/contract';
import { Button } from '../components';

/**
 * Says that the program was opened from a damaged file, and where the file as it
 * was is kept, so the user can check what is missing or hand the copy to support.
 */
export function DamageRecoveryNotice({ recovery }: { recovery: DamageRecovery | null }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (recovery === null || dismissed) return null;
  return (
    <div className="recovery-notice" role="alert">
      <p>{t('recovery.damagedFile', { copyPath: recovery.params.copyPath })}</p>
      <Button variant="ghost" small onClick={() => setDismissed(true)}>
        {t('actions.close')}
      </Button>
    </div>
  );
}
