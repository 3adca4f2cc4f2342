import type { ReactNode } from 'react';

import { PageSection } from '../../components/page/SectionedPage';

export type SettingsSectionId = 'general' | 'venue' | 'dates' | 'coTutors' | 'outcomes';

type Props = { id: SettingsSectionId; title: string; description?: string; children: ReactNode };

/** One panel of the program settings. */
export function SettingsSection({ id, ...rest }: Props) {
  return <PageSection id={`settings-${id}`} className="settings-section" {...rest} />;
}
