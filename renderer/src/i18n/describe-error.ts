import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import {
  EXCHANGE_REFUSALS,
  type ExchangeRefusal,
  HostError,
} from '../../../shared/host-api/errors';

const REFUSALS: ReadonlySet<string> = new Set(EXCHANGE_REFUSALS);

/**
 * What the interface says about anything thrown: a HostError is explained from
 * its code and parameters, in the user's language; anything else (a bug, a
 * browser error) gets the catalog's general sentence, never its own English
 * message, which is for logs (messageOf).
 */
export function describeError(error: unknown, t: TFunction<'errors'>): string {
  if (!(error instanceof HostError)) return t('unknown');
  const failure = error.toFailure();
  switch (failure.code) {
    case 'refused-file':
      return describeRefusal(failure.params.reason, t);
    case 'disk-full':
    case 'no-permission':
    case 'read-only':
    case 'storage': {
      const { file } = failure.params;
      return typeof file === 'string'
        ? t(`codes.${failure.code}`, { context: 'file', file })
        : t(`codes.${failure.code}`);
    }
    default:
      return t(`codes.${failure.code}`, failure.params);
  }
}

/** Why a .cotutor file was refused, whether the page or the host read it. */
export function describeRefusal(reason: ExchangeRefusal, t: TFunction<'errors'>): string {
  // A reason from a newer host that this page does not know yet still gets a sentence.
  return REFUSALS.has(reason) ? t(`refusals.${reason}`) : t('refusals.not-a-program-file');
}

/** describeError bound to the interface's language, for components. */
export function useDescribeError(): (error: unknown) => string {
  const { t } = useTranslation('errors');
  return useCallback((error: unknown) => describeError(error, t), [t]);
}
