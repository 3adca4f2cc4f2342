import './approval.css';

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';

import type { ApprovedVersion } from '../../../../shared/review/approvals';
import { NOW, routeHash } from '../../app/route';
import { Button, Dialog } from '../../components';
import { useProgramSession } from '../../program';
import { useProgramState } from '../history/use-program-state';
import { useVersionName } from '../history/version-labels';
import { ChangeCounter } from './change-counter';
import { useSoftLock } from './use-soft-lock';

type Props = { approved: ApprovedVersion; showBanner: boolean };

/**
 * While a version is approved for delivery: the banner "Approved version: …
 * — n changes since" (on the week and the session plans), and the soft lock's
 * question when this user starts editing the approved state.
 */
export function ApprovedForDelivery({ approved, showBanner }: Props) {
  const { t } = useTranslation('history');
  const { programId } = useProgramSession();
  const nameOf = useVersionName();
  const opened = useProgramState(approved.version.id);
  const changes = useChangesSince(opened.state === 'ready' ? opened.doc : null);
  const { lock, asking } = useSoftLock();
  const version = nameOf(approved.version);

  useEffect(() => {
    // Not compared yet: the lock still asks (the program has an approval).
    lock.setApprovedNow(
      changes === null ? (opened.state === 'failed' ? false : null) : changes === 0,
    );
    return () => lock.setApprovedNow(false);
  }, [lock, changes, opened.state]);

  return (
    <>
      {showBanner && (changes !== null || opened.state === 'failed') ? (
        <p className="approval-banner" role="note">
          <span>{t('approval.banner', { version })}</span>
          {' — '}
          {changes === null ? (
            // Too large to travel with the approval, or damaged: kept where it was approved.
            <span>{t('approval.elsewhere')}</span>
          ) : changes === 0 ? (
            <span>{t('approval.noChanges')}</span>
          ) : (
            <a href={routeHash({ view: 'compare', programId, from: approved.version.id, to: NOW })}>
              {t('approval.changes', { count: changes })}
            </a>
          )}
        </p>
      ) : null}
      {asking ? (
        <Dialog
          open
          title={t('approval.lock.title')}
          onClose={() => lock.cancelEdit()}
          onSubmit={() => lock.continueEditing()}
          footer={
            <>
              <Button onClick={() => lock.cancelEdit()}>{t('approval.lock.cancel')}</Button>
              <Button type="submit" variant="primary">
                {t('approval.lock.continue')}
              </Button>
            </>
          }
        >
          <p>{t('approval.lock.body', { version })}</p>
        </Dialog>
      ) : null}
    </>
  );
}

/** The number of changes since the approved version, once it is loaded; recounted when the program settles. */
function useChangesSince(approved: Y.Doc | null): number | null {
  const { doc } = useProgramSession();
  const [counted, setCounted] = useState<{ approved: Y.Doc; changes: number } | null>(null);
  useEffect(() => {
    if (approved === null) return;
    const counter = new ChangeCounter(approved, doc, (changes) =>
      setCounted({ approved, changes }),
    );
    return () => counter.dispose();
  }, [approved, doc]);
  return counted !== null && counted.approved === approved ? counted.changes : null;
}
