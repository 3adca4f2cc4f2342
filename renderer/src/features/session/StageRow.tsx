import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import {
  INTERACTION_PATTERNS,
  LEARNING_TYPES,
  type Stage,
  STAGE_PHASES,
} from '../../../../shared/model';
import { Button, DurationField, SelectField, TextField } from '../../components';
import { useEdit } from '../../program';

type Props = { blockId: string; stage: Stage; index: number; count: number };

/** One stage of the session: a row whose cells are labelled for screen readers. */
export const StageRow = memo(function StageRow({ blockId, stage, index, count }: Props) {
  const { t } = useTranslation('session');
  const edit = useEdit();
  const number = index + 1;
  type Column = 'phase' | 'minutes' | 'facilitatorActions' | 'participantActions' | 'interaction' | 'learningType' | 'resources';
  const label = (column: Column) => t('stages.cellLabel', { number, column: t(`stages.${column}`) });
  const set = edit.setStageField;

  return (
    <tr>
      <th scope="row" className="stage-number">
        {number}
      </th>
      <td>
        <SelectField
          hideLabel
          label={label('phase')}
          value={stage.phase}
          options={STAGE_PHASES.map((phase) => ({ value: phase, label: t(`phase.${phase}`, { ns: 'common' }) }))}
          onChange={(phase) => set(blockId, stage.id, 'phase', phase)}
        />
      </td>
      <td className="stage-minutes">
        <DurationField
          hideLabel
          label={label('minutes')}
          value={stage.minutes}
          onCommit={(minutes) => set(blockId, stage.id, 'minutes', minutes)}
        />
      </td>
      <td>
        <TextField
          multiline
          hideLabel
          label={label('facilitatorActions')}
          value={stage.facilitatorActions}
          onCommit={(value) => set(blockId, stage.id, 'facilitatorActions', value)}
        />
      </td>
      <td>
        <TextField
          multiline
          hideLabel
          label={label('participantActions')}
          value={stage.participantActions}
          onCommit={(value) => set(blockId, stage.id, 'participantActions', value)}
        />
      </td>
      <td>
        <SelectField
          hideLabel
          label={label('interaction')}
          value={stage.interaction}
          options={INTERACTION_PATTERNS.map((value) => ({ value, label: t(`interaction.${value}`, { ns: 'common' }) }))}
          onChange={(value) => set(blockId, stage.id, 'interaction', value)}
        />
      </td>
      <td>
        <SelectField
          hideLabel
          label={label('learningType')}
          value={stage.learningType}
          options={LEARNING_TYPES.map((value) => ({ value, label: t(`learningType.${value}`, { ns: 'common' }) }))}
          onChange={(value) => set(blockId, stage.id, 'learningType', value)}
        />
      </td>
      <td>
        <TextField
          multiline
          hideLabel
          label={label('resources')}
          value={stage.resources}
          onCommit={(value) => set(blockId, stage.id, 'resources', value)}
        />
      </td>
      <td className="stage-actions">
        <Button
          small
          variant="ghost"
          aria-label={t('stages.moveUp', { number })}
          title={t('stages.moveUp', { number })}
          disabled={index === 0}
          onClick={() => edit.moveStage(blockId, stage.id, index - 1)}
        >
          ↑
        </Button>
        <Button
          small
          variant="ghost"
          aria-label={t('stages.moveDown', { number })}
          title={t('stages.moveDown', { number })}
          disabled={index === count - 1}
          onClick={() => edit.moveStage(blockId, stage.id, index + 1)}
        >
          ↓
        </Button>
        <Button
          small
          variant="ghost"
          aria-label={t('stages.delete', { number })}
          title={t('stages.delete', { number })}
          onClick={() => edit.deleteStage(blockId, stage.id)}
        >
          ✕
        </Button>
      </td>
    </tr>
  );
});
