import { useTranslation } from 'react-i18next';

import { ENDONYMS, type Language, LANGUAGES } from '../../../../shared/i18n/languages';
import { formatClock } from '../../../../shared/schedule/time';
import { ChoiceGroup, SelectField } from '../../components';
import type { ExportScope, SessionChoice } from './export-scope';
import type { ExportFormat } from './make-export';
import type { PaperSize } from './print-view/page-style';
import type { AgendaDayChoice } from './use-agenda-days';

export type ExportChoices = {
  scope: ExportScope;
  format: ExportFormat;
  paperSize: PaperSize;
  /** The language of the document's own words; the interface's unless the user picks another. */
  labelsLanguage: Language;
  /** A review copy: the open comments as numbered notes. Off unless the user ticks it. */
  withComments: boolean;
  /** The whole program with its appendix of delivery notes. Off unless ticked. */
  withDeliveryNotes: boolean;
  /** The "Balance of the week" page of a program export. On unless the user unticks it. */
  withBalance: boolean;
};

type Props = {
  choices: ExportChoices;
  sessions: readonly SessionChoice[];
  days: readonly AgendaDayChoice[];
  onChange: (choices: ExportChoices) => void;
  disabled: boolean;
};

/** What to export, in which format, on which paper, in which language, and whether with the open comments. */
export function ExportOptions({ choices, sessions, days, onChange, disabled }: Props) {
  const { t } = useTranslation('export');
  const { scope } = choices;
  const firstSession = sessions[0];

  const isAgenda = scope.kind === 'agenda';

  const chooseKind = (kind: ExportScope['kind']) => {
    if (kind === 'program') onChange({ ...choices, scope: { kind } });
    else if (kind === 'agenda') onChange({ ...choices, scope: { kind, days: 'all' } });
    else if (firstSession !== undefined)
      onChange({ ...choices, scope: { kind, blockId: firstSession.blockId } });
  };

  return (
    <fieldset className="export-options" disabled={disabled}>
      <ChoiceGroup
        legend={t('dialog.what')}
        stacked
        value={scope.kind}
        options={[
          { value: 'program', label: t('dialog.wholeProgram') },
          ...(firstSession === undefined
            ? []
            : [{ value: 'session' as const, label: t('dialog.oneSession') }]),
          { value: 'agenda', label: t('dialog.agenda') },
        ]}
        onChange={chooseKind}
        description={firstSession === undefined ? t('dialog.noSessions') : undefined}
      />
      {scope.kind === 'session' ? (
        <SelectField
          label={t('dialog.session')}
          value={scope.blockId}
          options={sessions.map((session) => ({
            value: session.blockId,
            label: t('dialog.sessionOption', {
              day: session.day,
              start: formatClock(session.start),
              title: session.title.trim() === '' ? t('dialog.untitled') : session.title,
            }),
          }))}
          onChange={(blockId) => onChange({ ...choices, scope: { kind: 'session', blockId } })}
        />
      ) : null}
      {scope.kind === 'agenda' ? (
        <SelectField
          label={t('dialog.agendaDays')}
          value={String(scope.days)}
          options={[
            { value: 'all', label: t('dialog.allDays') },
            ...days.map((day) => ({
              value: String(day.index),
              label: t('dialog.agendaDayOption', { day: day.index + 1, date: day.date }),
            })),
          ]}
          onChange={(value) =>
            onChange({
              ...choices,
              scope: { kind: 'agenda', days: value === 'all' ? 'all' : Number(value) },
            })
          }
        />
      ) : null}
      <ChoiceGroup
        legend={t('dialog.format')}
        value={isAgenda ? 'pdf' : choices.format}
        options={[
          { value: 'pdf', label: t('dialog.pdf') },
          ...(isAgenda ? [] : [{ value: 'docx' as const, label: t('dialog.docx') }]),
        ]}
        onChange={(format) => onChange({ ...choices, format })}
        description={isAgenda ? t('dialog.agendaPdfOnly') : undefined}
      />
      <ChoiceGroup
        legend={t('dialog.paperSize')}
        value={choices.paperSize}
        options={[
          { value: 'a4', label: t('dialog.a4') },
          { value: 'letter', label: t('dialog.letter') },
        ]}
        onChange={(paperSize) => onChange({ ...choices, paperSize })}
        description={t('dialog.paperSizeHint')}
      />
      <SelectField
        label={t('dialog.labelsLanguage')}
        value={choices.labelsLanguage}
        // Each language by its own name, as Preferences lists them.
        options={LANGUAGES.map((language) => ({ value: language, label: ENDONYMS[language] }))}
        onChange={(labelsLanguage) => onChange({ ...choices, labelsLanguage })}
        description={t('dialog.labelsLanguageHint')}
      />
      {scope.kind === 'program' ? (
        <ExportCheck
          id="export-balance-hint"
          checked={choices.withBalance}
          onChange={(withBalance) => onChange({ ...choices, withBalance })}
          label={t('dialog.includeBalance')}
          hint={t('dialog.includeBalanceHint')}
        />
      ) : null}
      {isAgenda ? null : (
        <ExportCheck
          id="export-comments-hint"
          checked={choices.withComments}
          onChange={(withComments) => onChange({ ...choices, withComments })}
          label={t('dialog.includeComments')}
          hint={t('dialog.includeCommentsHint')}
        />
      )}
      {scope.kind === 'program' ? (
        <ExportCheck
          id="export-delivery-hint"
          checked={choices.withDeliveryNotes}
          onChange={(withDeliveryNotes) => onChange({ ...choices, withDeliveryNotes })}
          label={t('dialog.includeDelivery')}
          hint={t('dialog.includeDeliveryHint')}
        />
      ) : null}
    </fieldset>
  );
}

/** A part the export may add, ticked or not, with a line saying what it adds. */
function ExportCheck({
  id,
  checked,
  onChange,
  label,
  hint,
}: {
  /** The hint's id, which describes the box. */
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  hint: string;
}) {
  return (
    <div className="export-comments">
      <label className="check">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={id}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      <span id={id} className="field-description">
        {hint}
      </span>
    </div>
  );
}
