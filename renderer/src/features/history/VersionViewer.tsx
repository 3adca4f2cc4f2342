import './history.css';

import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { HostError } from '../../../../shared/host-api/errors';
import { approvalsOfVersion } from '../../../../shared/review/approvals';
import { NOW, type Route } from '../../app/route';
import { Button, useToast } from '../../components';
import { useDescribeError } from '../../i18n/describe-error';
import { useProgramSession } from '../../program';
import { ApproveButton } from '../approval/ApproveButton';
import { useApprovals } from '../approval/use-approved-version';
import { followLinkWithin } from './follow-link';
import { restoreOneSession, restoreWholeProgram } from './restore-actions';
import { RestoreDialog } from './RestoreDialog';
import { useProgramState } from './use-program-state';
import { useVersionKeeper } from './use-version-keeper';
import { useVersionOutline } from './use-version-outline';
import { useVersions } from './use-versions';
import { useVersionDate, useVersionName } from './version-labels';

// The print view's parts and fonts load when a version is first opened.
const VersionDocument = lazy(() =>
  import('./VersionDocument').then((module) => ({ default: module.VersionDocument })),
);

type Props = { versionId: string; navigate: (route: Route) => void };

/**
 * One version, read-only: a banner says which, and the whole program as it was
 * is laid out by the print view, which has no editors. From here: compare it
 * with now, approve it for delivery, restore it whole, or restore one of its sessions.
 */
export function VersionViewer({ versionId, navigate }: Props) {
  const { t } = useTranslation('history');
  const session = useProgramSession();
  const keeper = useVersionKeeper();
  const toast = useToast();
  const describe = useDescribeError();
  const nameOf = useVersionName();
  const dateOf = useVersionDate();
  const approvals = useApprovals();
  const entry = useVersions().find((row) => row.id === versionId && !row.damaged);
  const opened = useProgramState(versionId);
  const old = opened.state === 'ready' ? opened.doc : null;
  const printed = useVersionOutline(old);
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const { programId } = session;
  const back = () => navigate({ view: 'history', programId });

  if (entry === undefined || entry.damaged) {
    return (
      <section className="history-screen" role="alert">
        <p>{t('viewer.failed', { message: describe(new HostError('not-found')) })}</p>
        <Button onClick={back}>{t('viewer.back')}</Button>
      </section>
    );
  }
  const version = nameOf(entry);

  const restore = async (run: () => Promise<void>, done: string) => {
    setRestoring(true);
    try {
      await run();
      toast({ message: done });
      navigate({ view: 'week', programId });
    } catch (failure) {
      toast({ message: t('restore.failed', { message: describe(failure) }) });
    } finally {
      setRestoring(false);
    }
  };

  return (
    <section className="version-viewer" aria-label={t('viewer.label')}>
      <div className="version-banner" role="note">
        <p className="version-banner-text">
          {t('viewer.banner', { version, date: dateOf(entry) })}
        </p>
        <div className="version-banner-actions">
          <Button
            small
            onClick={() => navigate({ view: 'compare', programId, from: versionId, to: NOW })}
          >
            {t('viewer.compareNow')}
          </Button>
          <ApproveButton version={entry} approvals={approvalsOfVersion(approvals, versionId)} />
          <Button
            small
            variant="primary"
            disabled={old === null || restoring}
            onClick={() => setConfirming(true)}
          >
            {t('viewer.restore')}
          </Button>
          <Button small variant="ghost" onClick={back}>
            {t('viewer.back')}
          </Button>
        </div>
      </div>
      {opened.state === 'failed' ? (
        <div className="version-failed" role="alert">
          <p>{t('viewer.failed', { message: describe(opened.error) })}</p>
          <Button small onClick={opened.retry}>
            {t('viewer.retry')}
          </Button>
        </div>
      ) : printed === null || old === null ? (
        <p role="status">{t('viewer.loading')}</p>
      ) : (
        // Only clicks on links are handled; Enter on a focused link raises the same click.
        <div className="version-sheets" onClick={followLinkWithin}>
          <Suspense fallback={<p role="status">{t('viewer.loading')}</p>}>
            <VersionDocument
              {...printed}
              {...(restoring
                ? {}
                : {
                    onRestoreSession: (blockId: string, title: string) =>
                      void restore(
                        () => restoreOneSession(session, keeper, old, blockId),
                        t('restore.sessionDone', { title }),
                      ),
                  })}
            />
          </Suspense>
        </div>
      )}
      {confirming && old !== null ? (
        <RestoreDialog
          version={version}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void restore(
              () => restoreWholeProgram(session, keeper, old),
              t('restore.done', { version }),
            );
          }}
        />
      ) : null}
    </section>
  );
}
