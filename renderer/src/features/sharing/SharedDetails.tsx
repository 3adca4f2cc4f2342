import { useTranslation } from 'react-i18next';

import type { HostingStatus, ProgramSharing } from '../../../../shared/host-api/contract';
import { formatMoment, useFormatLocale } from '../../i18n/format';
import { InviteBox } from './InviteBox';

type Props = { sharing: ProgramSharing; hosting: HostingStatus | null; notice: string | null };

/** A shared program: its server, the invite to pass on and since when its key is in use. */
export function SharedDetails({ sharing, hosting, notice }: Props) {
  const { t } = useTranslation('sharing');
  const locale = useFormatLocale();
  const hostedHere = hosting?.running === true && hosting.urls.includes(sharing.serverUrl);
  const since = formatMoment(Date.parse(sharing.keySince), locale);

  return (
    <>
      {notice !== null ? (
        <p className="share-notice" role="status">
          {notice}
        </p>
      ) : null}
      <dl className="share-facts">
        <dt>{t('share.server')}</dt>
        <dd>
          <code>{sharing.serverUrl}</code>
          {hostedHere ? <span className="badge">{t('share.hostedHere')}</span> : null}
        </dd>
      </dl>
      {hostedHere && hosting.urls.length > 1 ? (
        <div>
          <p className="muted">{t('share.lanAddresses')}</p>
          <ul className="share-addresses">
            {hosting.urls.map((url) => (
              <li key={url}>
                <code>{url}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <InviteBox key={sharing.invite} invite={sharing.invite} />
      <p className="muted">{t('share.keySince', { date: since })}</p>
    </>
  );
}
