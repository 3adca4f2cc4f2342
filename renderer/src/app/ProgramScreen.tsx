import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../components';
import { AwaitingFirstSync } from '../features/sharing/AwaitingFirstSync';
import { useDescribeError } from '../i18n/describe-error';
import { ProgramProvider } from '../program';
import { ProgramLayout } from './ProgramLayout';
import type { Route } from './route';
import { useOpenProgram } from './use-program-session';

type ProgramRoute = Exclude<Route, { view: 'library' }>;

export function ProgramScreen({
  route,
  navigate,
}: {
  route: ProgramRoute;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const opened = useOpenProgram(route.programId, attempt);
  const describe = useDescribeError();

  if (opened.state === 'loading') {
    return (
      <div className="screen-message" role="status">
        {t('status.loading')}
      </div>
    );
  }
  if (opened.state === 'failed') {
    return (
      <div className="screen-message" role="alert">
        <h1>{t('errors.openFailed')}</h1>
        <p>{describe(opened.error)}</p>
        <div className="row">
          <Button onClick={() => navigate({ view: 'library' })}>{t('nav.library')}</Button>
          <Button variant="primary" onClick={() => setAttempt((n) => n + 1)}>
            {t('actions.retry')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <ProgramProvider session={opened.session}>
      {opened.state === 'waiting' ? (
        <AwaitingFirstSync onBack={() => navigate({ view: 'library' })} />
      ) : (
        <ProgramLayout route={route} navigate={navigate} />
      )}
    </ProgramProvider>
  );
}
