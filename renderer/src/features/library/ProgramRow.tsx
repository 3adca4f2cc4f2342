import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProgramSummary } from '../../../../shared/host-api/contract';
import { dayDate } from '../../../../shared/schedule/dates';
import { Button } from '../../components';
import { formatDateRange, formatMoment, useFormatLocale } from '../../i18n/format';
import { SharingMarks } from '../sharing/SharingMarks';

type Props = {
  program: ProgramSummary;
  onOpen: (id: string) => void;
  onRename: (program: ProgramSummary) => void;
  onDuplicate: (program: ProgramSummary) => void;
  onDelete: (program: ProgramSummary) => void;
};

export const ProgramRow = memo(function ProgramRow({
  program,
  onOpen,
  onRename,
  onDuplicate,
  onDelete,
}: Props) {
  const { t } = useTranslation('library');
  const language = useFormatLocale();
  const last = dayDate(program.startDate, Math.max(0, program.days - 1));
  const updated = formatMoment(Date.parse(program.updatedAt), language);

  return (
    <tr>
      <td className="library-title-cell">
        <button
          type="button"
          className="library-open"
          aria-label={t('open', { title: program.title })}
          onClick={() => onOpen(program.id)}
        >
          {program.title}
        </button>
        <SharingMarks program={program} />
      </td>
      <td>{t(`theme.${program.theme}`, { ns: 'common' })}</td>
      <td className="nowrap">{formatDateRange(program.startDate, last, language)}</td>
      <td>{program.venueCity}</td>
      <td className="nowrap muted">{updated}</td>
      <td className="library-actions">
        <Button
          small
          variant="ghost"
          aria-label={t('renameLabel', { title: program.title })}
          onClick={() => onRename(program)}
        >
          {t('rename')}
        </Button>
        <Button
          small
          variant="ghost"
          aria-label={t('duplicateLabel', { title: program.title })}
          onClick={() => onDuplicate(program)}
        >
          {t('duplicate')}
        </Button>
        <Button
          small
          variant="ghost"
          aria-label={t('deleteLabel', { title: program.title })}
          onClick={() => onDelete(program)}
        >
          {t('delete')}
        </Button>
      </td>
    </tr>
  );
});
