import './settings.css';

import { useTranslation } from 'react-i18next';

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
    <div className="settings-page">
      <nav className="settings-contents" aria-label={t('contents')}>
        <ol>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a
                href={`#settings-${id}`}
                onClick={(event) => {
                  // The address fragment holds the route; scroll without changing it.
                  event.preventDefault();
                  document
                    .getElementById(`settings-${id}`)
                    ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                }}
              >
                {t(`sections.${id}`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <div className="settings-sections">
        <GeneralSection />
        <VenueSection />
        <DatesSection />
        <CoTutorsSection />
        <LearningOutcomesSection />
      </div>
    </div>
  );
}
