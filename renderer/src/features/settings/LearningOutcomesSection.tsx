import { useTranslation } from 'react-i18next';

import { programRichFieldOf } from '../../../../shared/model/layout';
import { RichTextField } from '../../editor/RichTextField';
import { useProgramSession } from '../../program';
import { SettingsSection } from './SettingsSection';

const PROGRAM_FIELD = { blockId: null, field: 'learningOutcomes' };

/** What the whole week is for, written as rich text shared with the co-tutors. */
export function LearningOutcomesSection() {
  const { t } = useTranslation('settings');
  const { doc } = useProgramSession();
  const xmlText = programRichFieldOf(doc, 'learningOutcomes');

  return (
    <SettingsSection id="outcomes" title={t('sections.outcomes')}>
      {/* Every program is created with this field (create.ts); a damaged one simply lacks it. */}
      {xmlText === null ? null : (
        <RichTextField
          fieldId="program:learningOutcomes"
          xmlText={xmlText}
          label={t('outcomes.field')}
          description={t('outcomes.hint')}
          commentField={PROGRAM_FIELD}
        />
      )}
    </SettingsSection>
  );
}
