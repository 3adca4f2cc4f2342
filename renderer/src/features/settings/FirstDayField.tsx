import { useTranslation } from 'react-i18next';

import { CommitField, type ParseResult } from '../../components';
import { useEdit, useMeta } from '../../program';
import { FIRST_YEAR, LAST_YEAR, parseStartDate } from './field-rules';

/** The date of the first day; every day's date follows from it. */
export function FirstDayField() {
  const { t } = useTranslation('settings');
  const { startDate } = useMeta();
  const edit = useEdit();

  const parse = (text: string): ParseResult<string> => {
    const parsed = parseStartDate(text);
    return parsed.ok
      ? parsed
      : {
          ok: false,
          error: t(`dates.firstDayErrors.${parsed.error}`, { first: FIRST_YEAR, last: LAST_YEAR }),
        };
  };

  return (
    <CommitField<string>
      type="date"
      label={t('dates.firstDay')}
      value={startDate}
      format={(date) => date}
      parse={parse}
      onCommit={(date) => edit.setMetaField('startDate', date)}
    />
  );
}
