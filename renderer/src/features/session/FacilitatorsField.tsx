import { useTranslation } from 'react-i18next';

import { useCoTutors, useEdit } from '../../program';

/** The co-tutors who run this session, chosen from the program's co-tutors. */
export function FacilitatorsField({
  blockId,
  selected,
}: {
  blockId: string;
  selected: readonly string[];
}) {
  const { t } = useTranslation('session');
  const coTutors = useCoTutors();
  const edit = useEdit();

  return (
    <fieldset className="facilitators">
      <legend className="field-label">{t('overview.facilitators')}</legend>
      {coTutors.length === 0 ? (
        <p className="field-description">{t('overview.noCoTutors')}</p>
      ) : null}
      {coTutors.map((tutor) => (
        <label key={tutor.id} className="check">
          <input
            type="checkbox"
            checked={selected.includes(tutor.id)}
            onChange={(event) => edit.setFacilitator(blockId, tutor.id, event.target.checked)}
          />
          <span>
            {tutor.name}
            {tutor.institution ? <span className="muted"> · {tutor.institution}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
