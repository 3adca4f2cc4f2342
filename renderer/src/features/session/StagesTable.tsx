import { useTranslation } from 'react-i18next';

import { newStage } from '../../../../shared/model/defaults';
import { STAGE_PHASES, type StagePhase } from '../../../../shared/model/schema';
import { type Block } from '../../../../shared/model/types';
import { stagesMismatch } from '../../../../shared/schedule/totals';
import { Button } from '../../components';
import { useFormatMinutes } from '../../i18n/format';
import { useEdit } from '../../program';
import { MethodsButton } from '../methods/MethodsButton';
import { StageRow } from './StageRow';

/** The stages of the session and whether their minutes add up to its duration. */
export function StagesTable({ block }: { block: Block }) {
  const { t } = useTranslation('session');
  const edit = useEdit();
  const formatMinutes = useFormatMinutes();
  const total = block.stages.reduce((sum, stage) => sum + stage.minutes, 0);
  const mismatch = stagesMismatch(block);

  const addStage = () => {
    const last = block.stages[block.stages.length - 1];
    const phase: StagePhase =
      last === undefined
        ? 'lead-in'
        : (STAGE_PHASES[STAGE_PHASES.indexOf(last.phase) + 1] ?? 'reflection');
    const remaining = block.durationMin - total;
    edit.addStage(
      block.id,
      block.stages.length,
      newStage(phase, { minutes: remaining > 0 ? remaining : 10 }),
    );
  };

  return (
    <div className="stages">
      {block.stages.length === 0 ? (
        <p className="muted">{t('stages.empty')}</p>
      ) : (
        <ol className="stage-list" aria-label={t('stages.caption')}>
          {block.stages.map((stage, index) => (
            <StageRow
              key={stage.id}
              blockId={block.id}
              stage={stage}
              index={index}
              count={block.stages.length}
            />
          ))}
        </ol>
      )}
      <div className="stages-footer">
        <Button small onClick={addStage}>
          + {t('stages.add')}
        </Button>
        <MethodsButton blockId={block.id} />
        <span className="stages-total">
          {t('stages.total', {
            stages: formatMinutes(total),
            duration: formatMinutes(block.durationMin),
          })}
        </span>
        {block.stages.length > 0 ? (
          <span className={mismatch === 0 ? 'badge' : 'badge badge-warning'} role="status">
            {mismatch === 0
              ? t('stages.matches')
              : mismatch < 0
                ? t('stages.under', { duration: formatMinutes(-mismatch) })
                : t('stages.over', { duration: formatMinutes(mismatch) })}
          </span>
        ) : null}
      </div>
    </div>
  );
}
