import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { SessionRef } from '../../../../shared/balance/balance';
import { formatClock } from '../../../../shared/schedule/time';
import { Button } from '../../components';

export type Behind = { label: string; blockIds: readonly string[] };

type Props = {
  behind: Behind;
  sessions: ReadonlyMap<string, SessionRef>;
  titleOf: (blockId: string) => string;
  sessionHref: (blockId: string) => string;
  onClose: () => void;
};

/** The sessions behind a bar or a segment, each opening its session plan. */
export function SessionsBehind({ behind, sessions, titleOf, sessionHref, onClose }: Props) {
  const { t } = useTranslation('balance');
  const ref = useRef<HTMLElement>(null);
  // A new list takes the focus, so that a keyboard or screen-reader user lands on it.
  useEffect(() => ref.current?.focus(), [behind]);
  return (
    <section
      ref={ref}
      className="balance-behind"
      aria-labelledby="balance-behind-heading"
      tabIndex={-1}
    >
      <div className="balance-behind-head">
        <h3 id="balance-behind-heading">{t('behind.title', { label: behind.label })}</h3>
        <Button variant="ghost" small onClick={onClose}>
          {t('behind.close')}
        </Button>
      </div>
      <ul>
        {behind.blockIds.map((blockId) => {
          const session = sessions.get(blockId);
          return (
            <li key={blockId}>
              <a href={sessionHref(blockId)}>
                {t('behind.session', {
                  day: (session?.dayIndex ?? 0) + 1,
                  time: formatClock(session?.start ?? 0),
                  title: titleOf(blockId),
                })}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
