import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProgramSharing } from '../../../../shared/host-api/contract';
import { useHost } from '../../host';
import { useDescribeError } from '../../i18n/describe-error';

export type Confirming = 'rotate' | 'stop' | null;

/**
 * Rotating the key and stopping sharing, each confirmed first. The open
 * program's connection follows at once (new key, or no server).
 */
export function useSharingActions(
  programId: string,
  apply: (sharing: ProgramSharing | null) => void,
) {
  const { t } = useTranslation('sharing');
  const host = useHost();
  const describe = useDescribeError();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleteData, setDeleteData] = useState(false);

  const run = async (
    action: () => Promise<void>,
    failure: 'share.rotateFailed' | 'share.stopFailed',
  ) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setConfirming(null);
    } catch (reason) {
      setError(t(failure, { message: describe(reason) }));
    } finally {
      setBusy(false);
    }
  };

  const rotate = () =>
    run(async () => {
      apply(await host.sharing.rotateKey({ id: programId }));
      setNotice(t('share.rotated'));
    }, 'share.rotateFailed');

  const stop = () =>
    run(async () => {
      await host.sharing.stop({ id: programId, deleteData });
      apply(null);
      setNotice(null);
    }, 'share.stopFailed');

  const ask = (what: Confirming) => {
    setConfirming(what);
    setError(null);
  };

  return { confirming, ask, busy, error, notice, rotate, stop, deleteData, setDeleteData };
}
