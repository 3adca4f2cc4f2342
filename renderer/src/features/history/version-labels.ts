import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import type { VersionEntry } from '../../../../shared/history/version-list';
import { formatMoment, useFormatLocale } from '../../i18n/format';

/** How a version is named in sentences: “Sent to partners”, or "automatic (Exported)". */
export function useVersionName(): (entry: VersionEntry) => string {
  const { t } = useTranslation('history');
  return useCallback(
    (entry: VersionEntry) =>
      entry.name === null
        ? t('automaticName', { kind: t(`kind.${entry.kind}`) })
        : t('versionName', { name: entry.name }),
    [t],
  );
}

/** When a version was kept, with the time: versions of one day differ by the hour. */
export function useVersionDate(): (entry: VersionEntry) => string {
  const locale = useFormatLocale();
  return useCallback(
    (entry: VersionEntry) => formatMoment(Date.parse(entry.createdAt), locale),
    [locale],
  );
}
