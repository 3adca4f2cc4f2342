import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import type { CoTutor } from '../../../../shared/model/records/co-tutor';
import { Button, TextField } from '../../components';
import { useEdit } from '../../program';

type Props = {
  tutor: CoTutor;
  index: number;
  count: number;
  /** How many blocks this co-tutor facilitates. */
  sessions: number;
  /** Set on the row just added, whose name is to be typed first. */
  focusName: boolean;
  onRemove: (tutor: CoTutor, sessions: number) => void;
};

type Column = 'name' | 'institution' | 'role';

/** One co-tutor: editable name, institution and role, with moving and removing. */
export const CoTutorRow = memo(function CoTutorRow({
  tutor,
  index,
  count,
  sessions,
  focusName,
  onRemove,
}: Props) {
  const { t } = useTranslation('settings');
  const edit = useEdit();
  const number = index + 1;
  const who = tutor.name.trim() === '' ? t('coTutors.numbered', { number }) : tutor.name;
  const cell = (column: Column) => (
    <td>
      <TextField
        hideLabel
        label={t('coTutors.cellLabel', { number, column: t(`coTutors.${column}`) })}
        value={tutor[column]}
        autoFocus={column === 'name' && focusName}
        onCommit={(value) => edit.setCoTutorField(tutor.id, column, value)}
      />
    </td>
  );

  return (
    <tr>
      <th scope="row" className="co-tutor-number">
        {number}
      </th>
      {cell('name')}
      {cell('institution')}
      {cell('role')}
      <td className="co-tutor-sessions muted">
        {sessions === 0
          ? t('coTutors.noSessions')
          : t('coTutors.sessionCount', { count: sessions })}
      </td>
      <td className="row-actions">
        <Button
          small
          variant="ghost"
          aria-label={t('coTutors.moveUp', { who })}
          title={t('coTutors.moveUp', { who })}
          disabled={index === 0}
          onClick={() => edit.moveCoTutor(tutor.id, index - 1)}
        >
          ↑
        </Button>
        <Button
          small
          variant="ghost"
          aria-label={t('coTutors.moveDown', { who })}
          title={t('coTutors.moveDown', { who })}
          disabled={index === count - 1}
          onClick={() => edit.moveCoTutor(tutor.id, index + 1)}
        >
          ↓
        </Button>
        <Button
          small
          variant="ghost"
          aria-label={t('coTutors.remove', { who })}
          title={t('coTutors.remove', { who })}
          onClick={() => onRemove(tutor, sessions)}
        >
          ✕
        </Button>
      </td>
    </tr>
  );
});
