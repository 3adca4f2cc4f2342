import { useTranslation } from 'react-i18next';

import {
  BLOCK_TYPES,
  type BlockType,
  CEFR_LEVELS,
  type CefrLevel,
  isBreakType,
} from '../../../../shared/model/schema';
import { type Block } from '../../../../shared/model/types';
import { DurationField, OptionalClockField, SelectField, TextField } from '../../components';
import { useEdit } from '../../program';
import { FacilitatorsField } from './FacilitatorsField';

type TextKey = 'location' | 'targetGroup' | 'workingLanguage' | 'priorLearning' | 'nextStep';

/** The structured fields of a block: what, how long, when, who, where and for whom. */
export function OverviewSection({ block }: { block: Block }) {
  const { t } = useTranslation('session');
  const edit = useEdit();
  const isBreak = isBreakType(block.type);

  const text = (key: TextKey, wide = false) => (
    <TextField
      className={wide ? 'wide' : undefined}
      multiline={wide}
      label={t(`overview.${key}`)}
      value={block[key]}
      onCommit={(value) => edit.setBlockField(block.id, key, value)}
    />
  );

  return (
    <div className="form-grid">
      <SelectField<BlockType>
        label={t('overview.type')}
        value={block.type}
        options={BLOCK_TYPES.map((type) => ({
          value: type,
          label: t(`blockType.${type}`, { ns: 'common' }),
        }))}
        onChange={(type) => edit.setBlockField(block.id, 'type', type)}
      />
      <DurationField
        label={t('overview.duration')}
        description={t('overview.durationHint')}
        value={block.durationMin}
        onCommit={(minutes) => edit.setBlockField(block.id, 'durationMin', minutes)}
      />
      <OptionalClockField
        label={t('overview.fixedStart')}
        description={t('overview.fixedStartHint')}
        value={block.fixedStart}
        onCommit={(minutes) => edit.setBlockField(block.id, 'fixedStart', minutes)}
      />
      {text('location')}
      {isBreak ? null : (
        <>
          <SelectField<CefrLevel | ''>
            label={t('overview.cefr')}
            value={block.cefr ?? ''}
            options={[
              { value: '', label: t('cefrNone', { ns: 'common' }) },
              ...CEFR_LEVELS.map((level) => ({ value: level, label: level })),
            ]}
            onChange={(level) => edit.setBlockField(block.id, 'cefr', level === '' ? null : level)}
          />
          {text('targetGroup')}
          {text('workingLanguage')}
          {text('priorLearning', true)}
          {text('nextStep', true)}
          <FacilitatorsField blockId={block.id} selected={block.facilitators} />
        </>
      )}
    </div>
  );
}
