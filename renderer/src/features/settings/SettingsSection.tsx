import type { ReactNode } from 'react';

export type SettingsSectionId = 'general' | 'venue' | 'dates' | 'coTutors' | 'outcomes';

type Props = { id: SettingsSectionId; title: string; description?: string; children: ReactNode };

/** One panel of the program settings, a landmark named by its heading. */
export function SettingsSection({ id, title, description, children }: Props) {
  return (
    <section
      id={`settings-${id}`}
      className="panel settings-section"
      aria-labelledby={`settings-${id}-heading`}
    >
      <div className="settings-section-header">
        <h2 id={`settings-${id}-heading`}>{title}</h2>
        {description ? <p className="muted">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}
