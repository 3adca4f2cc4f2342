import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import type { Flag } from '../../../../shared/balance/flags';
import { usePercentFormat } from '../../i18n/format';

/** A flag's one-line explanation, in the interface's language. */
export function useFlagText(titleOf: (blockId: string) => string): (flag: Flag) => string {
  const { t } = useTranslation('balance');
  const percent = usePercentFormat();
  return useCallback(
    (flag: Flag) =>
      t(`flags.${flag.kind}`, {
        day: (flag.dayIndex ?? 0) + 1,
        title: flag.blockId === null ? '' : titleOf(flag.blockId),
        share: percent.format(flag.share ?? 0),
      }),
    [t, percent, titleOf],
  );
}
