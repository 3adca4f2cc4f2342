import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Flag } from '../../../../shared/balance/flags';
import { Button } from '../../components';
import { WarningIcon } from '../planner/icons';

type Props = {
  flags: readonly Flag[];
  textOf: (flag: Flag) => string;
  sessionHref: (blockId: string) => string;
  onDismiss: (flagId: string) => void;
};

/** The gentle flags, each with its explanation, a way to the session and a dismissal. */
export function FlagList({ flags, textOf, sessionHref, onDismiss }: Props) {
  const { t } = useTranslation('balance');
  const prefix = useId();
  return (
    <section className="balance-flags" aria-labelledby="balance-flags-heading">
      <h3 id="balance-flags-heading">{t('flags.title')}</h3>
      <p className="balance-note">{t('flags.intro')}</p>
      {flags.length === 0 ? (
        <p className="balance-flags-none">{t('flags.none')}</p>
      ) : (
        <ul aria-labelledby="balance-flags-heading">
          {flags.map((flag) => (
            <li key={flag.id} className="balance-flag" data-flag={flag.kind}>
              <WarningIcon className="icon icon-small" />
              <span id={`${prefix}-${flag.id}`} className="balance-flag-text">
                {textOf(flag)}
              </span>
              <span className="balance-flag-actions">
                {flag.blockId === null ? null : (
                  <a href={sessionHref(flag.blockId)}>{t('flags.openSession')}</a>
                )}
                <Button
                  variant="ghost"
                  small
                  aria-describedby={`${prefix}-${flag.id}`}
                  onClick={() => onDismiss(flag.id)}
                >
                  {t('flags.dismiss')}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
