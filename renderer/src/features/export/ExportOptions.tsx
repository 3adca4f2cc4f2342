import { useTranslation } from 'react-i18next';

import { formatClock } from '../../../../shared/schedule/time';
import { ChoiceGroup, SelectField } from '../../components';
import type { ExportScope, SessionChoice } from './export-scope';
import type { ExportFormat } from './make-export';
import type { PaperSize } from './print-view/page-style';

export type ExportChoices = {
  scope: ExportScope;
  format: ExportFormat;
  paperSize: PaperSize;
  /** A review copy: the open comments as numbered notes. Off unless the user ticks it. */
  withComments: boolean;
  /** The "Balance of the week" page of a program export. On unless the user unticks it. */
  withBalance: boolean;
};

type Props = {
  choices: ExportChoices;
  sessions: readonly SessionChoice[];
  onChange: (choices: ExportChoices) => void;
  disabled: boolean;
};

/** What to export, in which format, on which paper, and whether with the open comments. */
export function ExportOptions({ choices, sessions, onChange, disabled }: Props) {
  const { t } = useTranslation('export');
  const { scope } = choices;
  const firstSession = sessions[0];

  const chooseKind = (kind: ExportScope['kind']) => {
    if (kind === 'program') onChange({ ...choices, scope: { kind } });
    else if (firstSession !== undefined)
      onChange({ ...choices, scope: { kind, blockId: firstSession.blockId } });
  };

  return (
    <fieldset className="export-options" disabled={disabled}>
      <ChoiceGroup
        legend={t('dialog.what')}
        value={scope.kind}
        options={[
          { value: 'program', label: t('dialog.wholeProgram') },
          ...(firstSession === undefined
            ? []
            : [{ value: 'session' as const, label: t('dialog.oneSession') }]),
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
      <ChoiceGroup
        legend={t('dialog.format')}
        value={choices.format}
        options={[
          { value: 'pdf', label: t('dialog.pdf') },
          { value: 'docx', label: t('dialog.docx') },
        ]}
        onChange={(format) => onChange({ ...choices, format })}
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
      {scope.kind === 'program' ? (
        <div className="export-comments">
          <label className="check">
            <input
              type="checkbox"
              checked={choices.withBalance}
              aria-describedby="export-balance-hint"
              onChange={(event) => onChange({ ...choices, withBalance: event.target.checked })}
            />
            {t('dialog.includeBalance')}
          </label>
          <span id="export-balance-hint" className="field-description">
            {t('dialog.includeBalanceHint')}
          </span>
        </div>
      ) : null}
      <div className="export-comments">
        <label className="check">
          <input
            type="checkbox"
            checked={choices.withComments}
            aria-describedby="export-comments-hint"
            onChange={(event) => onChange({ ...choices, withComments: event.target.checked })}
          />
          {t('dialog.includeComments')}
        </label>
        <span id="export-comments-hint" className="field-description">
          {t('dialog.includeCommentsHint')}
        </span>
      </div>
    </fieldset>
  );
}
