import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { HostingStatus } from '../../../../shared/host-api/contract';
import { Button } from '../../components';
import { describeError } from '../../i18n/describe-error';
import { useHosting } from './use-hosting';

/**
 * What "Host on this computer" needs the user to know or decide, on every
 * screen: that a launch on a network it has not hosted on waits for their
 * consent (co-tutors there could reach this computer), that its server is
 * restarting after a crash, or that it gave up and co-tutors cannot sync here.
 */
export function HostingNotice() {
  const { t } = useTranslation('sharing');
  const { t: tErrors } = useTranslation('errors');
  const { hosting, start, stop } = useHosting();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // "Not now" hides this state only: a later change (a crash, a failure) shows again.
  const [dismissed, setDismissed] = useState<HostingStatus['state'] | null>(null);

  if (hosting === null || hosting.state === dismissed) return null;

  const act = (action: () => Promise<HostingStatus>) => {
    setBusy(true);
    setFailure(null);
    action().then(
      () => setBusy(false),
      (error: unknown) => {
        setBusy(false);
        setFailure(t('hosting.actionFailed', { message: describeError(error, tErrors) }));
      },
    );
  };
  const turnOff = (
    <Button small disabled={busy} onClick={() => act(stop)}>
      {t('hosting.turnOff')}
    </Button>
  );
  const problem =
    failure === null ? null : (
      <p className="hosting-notice-problem" role="alert">
        {failure}
      </p>
    );

  switch (hosting.state) {
    case 'awaiting-consent':
      return (
        <section className="hosting-notice" aria-label={t('hosting.noticeLabel')}>
          <p role="alert">
            {t('hosting.newNetwork', {
              count: hosting.networks.length,
              networks: hosting.networks.join(', '),
            })}
          </p>
          <div className="hosting-notice-actions">
            <Button variant="primary" small disabled={busy} onClick={() => act(start)}>
              {t('hosting.hostHere')}
            </Button>
            {turnOff}
            <Button variant="ghost" small onClick={() => setDismissed(hosting.state)}>
              {t('hosting.notNow')}
            </Button>
          </div>
          {problem}
        </section>
      );
    case 'failed':
      return (
        <section className="hosting-notice" aria-label={t('hosting.noticeLabel')}>
          <p role="alert">{t('hosting.failed', { reason: failureReason(hosting.failure, t) })}</p>
          <div className="hosting-notice-actions">
            <Button variant="primary" small disabled={busy} onClick={() => act(start)}>
              {t('hosting.tryAgain')}
            </Button>
            {turnOff}
          </div>
          {problem}
        </section>
      );
    case 'restarting':
      return (
        <section className="hosting-notice quiet" aria-label={t('hosting.noticeLabel')}>
          <p role="status">{t('hosting.restarting')}</p>
        </section>
      );
    default:
      return null;
  }
}

function failureReason(
  failure: string | null,
  t: ReturnType<typeof useTranslation<'sharing'>>['t'],
): string {
  switch (failure) {
    case 'crashed-repeatedly':
      return t('hosting.reason.crashedRepeatedly');
    case 'EADDRINUSE':
      return t('hosting.reason.portInUse');
    case 'EACCES':
      return t('hosting.reason.portRefused');
    default:
      return t('hosting.reason.other');
  }
}
