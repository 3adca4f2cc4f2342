import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import { type Stage } from '../../../../shared/model/records/stage';
import {
  INTERACTION_PATTERNS,
  LEARNING_TYPES,
  STAGE_PHASES,
} from '../../../../shared/model/schema';
import { Button, DurationField, SelectField, TextField } from '../../components';
import { useEdit } from '../../program';

type Props = { blockId: string; stage: Stage; index: number; count: number };

/** One stage of the session: its timing and organisation on one line, what happens below. */
export const StageRow = memo(function StageRow({ blockId, stage, index, count }: Props) {
  const { t } = useTranslation('session');
  const edit = useEdit();
  const number = index + 1;
  type Column =
    | 'phase'
    | 'minutes'
    | 'facilitatorActions'
    | 'participantActions'
    | 'interaction'
    | 'learningType'
    | 'resources';
  const label = (column: Column) =>
    t('stages.cellLabel', { number, column: t(`stages.${column}`) });
  const set = edit.setStageField;

  return (
    <li className="stage" aria-label={t('stages.stage', { number })}>
      <div className="stage-line">
        <span className="stage-number" aria-hidden="true">
          {number}
        </span>
        <SelectField
          label={label('phase')}
          hideLabel
          value={stage.phase}
          options={STAGE_PHASES.map((phase) => ({
            value: phase,
            label: t(`phase.${phase}`, { ns: 'common' }),
          }))}
          onChange={(phase) => set(blockId, stage.id, 'phase', phase)}
        />
        <DurationField
          className="stage-minutes"
          label={label('minutes')}
          hideLabel
          value={stage.minutes}
          onCommit={(minutes) => set(blockId, stage.id, 'minutes', minutes)}
        />
        <SelectField
          label={label('interaction')}
          hideLabel
          value={stage.interaction}
          options={INTERACTION_PATTERNS.map((value) => ({
            value,
            label: t(`interaction.${value}`, { ns: 'common' }),
          }))}
          onChange={(value) => set(blockId, stage.id, 'interaction', value)}
        />
        <SelectField
          label={label('learningType')}
          hideLabel
          value={stage.learningType}
          options={LEARNING_TYPES.map((value) => ({
            value,
            label: t(`learningType.${value}`, { ns: 'common' }),
          }))}
          onChange={(value) => set(blockId, stage.id, 'learningType', value)}
        />
        <span className="stage-actions">
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
        </span>
      </div>
      <div className="stage-texts">
        <TextField
          multiline
          label={t('stages.facilitatorActions')}
          value={stage.facilitatorActions}
          onCommit={(value) => set(blockId, stage.id, 'facilitatorActions', value)}
        />
        <TextField
          multiline
          label={t('stages.participantActions')}
          value={stage.participantActions}
          onCommit={(value) => set(blockId, stage.id, 'participantActions', value)}
        />
        <TextField
          multiline
          label={t('stages.resources')}
          value={stage.resources}
          onCommit={(value) => set(blockId, stage.id, 'resources', value)}
        />
      </div>
    </li>
  );
});
