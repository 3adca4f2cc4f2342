import './history.css';

import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { compareProgramStates, countChanges } from '../../../../shared/history/compare';
import { NOW, type Route } from '../../app/route';
import { Button } from '../../components';
import { useDescribeError } from '../../i18n/describe-error';
import { useProgramSession } from '../../program';
import { CompareChooser } from './CompareChooser';
import { ComparisonView } from './ComparisonView';
import { useProgramState } from './use-program-state';
import { useVersions } from './use-versions';
import { useVersionDate, useVersionName } from './version-labels';

type Props = { from: string; to: string; navigate: (route: Route) => void };

/** Co-tutors may type while a comparison with now is open: compare again once they pause. */
const SETTLE_MS = 300;

/**
 * Two states of the program side by side in one comparison: two versions, or
 * a version and now. Both are loaded here (each version into a document of its
 * own); the comparison itself is compareProgramStates', shown by ComparisonView.
 */
export function CompareScreen({ from, to, navigate }: Props) {
  const { t } = useTranslation('history');
  const session = useProgramSession();
  const describe = useDescribeError();
  const nameOf = useVersionName();
  const dateOf = useVersionDate();
  const readable = useVersions().flatMap((row) => (row.damaged ? [] : [row]));
  const before = useProgramState(from);
  const after = useProgramState(to);
  const live = useLiveTick(from === NOW || to === NOW);
  const { programId } = session;

  const comparison = useMemo(
    () =>
      before.state === 'ready' && after.state === 'ready'
        ? compareProgramStates(before.doc, after.doc)
        : null,
    // `live` is the signal that the live document changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [before, after, live],
  );

  const labelOf = (ref: string) => {
    if (ref === NOW) return t('choose.now');
    const entry = readable.find((row) => row.id === ref);
    return entry === undefined ? ref : `${nameOf(entry)} (${dateOf(entry)})`;
  };
  const failure = before.state === 'failed' ? before : after.state === 'failed' ? after : null;

  return (
    <section className="history-screen compare-screen" aria-labelledby="compare-title">
      <header className="history-head">
        <Button variant="ghost" small onClick={() => navigate({ view: 'history', programId })}>
          ← {t('compare.back')}
        </Button>
        <h2 id="compare-title">{t('compare.heading', { from: labelOf(from), to: labelOf(to) })}</h2>
      </header>
      <CompareChooser
        key={`${from}/${to}`}
        versions={readable}
        from={from}
        to={to}
        onCompare={(nextFrom, nextTo) =>
          navigate({ view: 'compare', programId, from: nextFrom, to: nextTo })
        }
      />
      {failure !== null ? (
        <div role="alert">
          <p>{t('compare.failed', { message: describe(failure.error) })}</p>
          <Button small onClick={failure.retry}>
            {t('compare.retry')}
          </Button>
        </div>
      ) : comparison === null ? (
        <p role="status">{t('compare.loading')}</p>
      ) : (
        <>
          <p className="compare-count" role="status">
            {t('compare.changes', { count: countChanges(comparison) })}
          </p>
          <ComparisonView comparison={comparison} />
        </>
      )}
    </section>
  );
}

/** A counter that moves when the live document settles after a change, while `watching`. */
function useLiveTick(watching: boolean): number {
  const { doc } = useProgramSession();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!watching) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setTick((n) => n + 1), SETTLE_MS);
    };
    doc.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      doc.off('update', onUpdate);
    };
  }, [doc, watching]);
  return tick;
}
