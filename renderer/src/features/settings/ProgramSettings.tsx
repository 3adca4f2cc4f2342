import './settings.css';

import { useTranslation } from 'react-i18next';

import { SectionedPage } from '../../components/page/SectionedPage';
import { CoTutorsSection } from './CoTutorsSection';
import { DatesSection } from './DatesSection';
import { GeneralSection } from './GeneralSection';
import { LearningOutcomesSection } from './LearningOutcomesSection';
import type { SettingsSectionId } from './SettingsSection';
import { VenueSection } from './VenueSection';

const SECTIONS: readonly SettingsSectionId[] = [
  'general',
  'venue',
  'dates',
  'coTutors',
  'outcomes',
];

/**
 * The program's metadata, week and team. Every field reads the open document and
 * writes through its undoable mutations, so undo and co-tutors' edits show here.
 */
export function ProgramSettings() {
  const { t } = useTranslation('settings');
  return (
    <SectionedPage
      contentsLabel={t('contents')}
      sections={SECTIONS.map((id) => ({ id: `settings-${id}`, label: t(`sections.${id}`) }))}
    >
      <GeneralSection />
      <VenueSection />
      <DatesSection />
      <CoTutorsSection />
      <LearningOutcomesSection />
    </SectionedPage>
  );
}
