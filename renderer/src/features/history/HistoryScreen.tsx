import './history.css';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { NOW, type Route } from '../../app/route';
import { Button } from '../../components';
import { useProgramSession } from '../../program';
import { ApproveNowDialog } from '../approval/ApproveNowDialog';
import { useApprovals, useApprovedVersion } from '../approval/use-approved-version';
import { CompareChooser } from './CompareChooser';
import { NameVersionForm } from './NameVersionForm';
import { useStoredVersions } from './use-stored-versions';
import { useVersions } from './use-versions';
import { VersionList } from './VersionList';

/** The program's versions: name one, approve one, open one read-only, compare two. */
export function HistoryScreen({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation('history');
  const { programId } = useProgramSession();
  const rows = useVersions();
  const approvals = useApprovals();
  const approved = useApprovedVersion();
  const [approvingNow, setApprovingNow] = useState(false);
  const stored = useStoredVersions(programId, rows);
  const readable = rows.flatMap((row) =>
    row.damaged || stored?.get(row.id)?.damaged === true ? [] : [row],
  );
  const compare = (from: string, to: string) => navigate({ view: 'compare', programId, from, to });

  return (
    <section className="history-screen" aria-labelledby="history-title">
      <header className="history-head">
        <Button variant="ghost" small onClick={() => navigate({ view: 'week', programId })}>
          ← {t('back')}
        </Button>
        <h2 id="history-title">{t('title')}</h2>
      </header>
      <p className="history-retention">{t('retention')}</p>
      <NameVersionForm />
      <div className="approve-now">
        <Button onClick={() => setApprovingNow(true)}>{t('approval.now.open')}</Button>
      </div>
      {approvingNow ? <ApproveNowDialog onClose={() => setApprovingNow(false)} /> : null}
      {readable[0] === undefined ? null : (
        <CompareChooser
          key={readable[0].id}
          versions={readable}
          from={readable[0].id}
          to={NOW}
          onCompare={compare}
        />
      )}
      <VersionList
        rows={rows}
        stored={stored}
        approvals={approvals}
        approvedId={approved?.version.id ?? null}
        onOpen={(versionId) => navigate({ view: 'version', programId, versionId })}
        onCompareWithNow={(versionId) => compare(versionId, NOW)}
      />
    </section>
  );
}
