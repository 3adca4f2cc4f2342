import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { TemplateSummary } from '../../../../shared/host-api/contract';
import { LIMITS } from '../../../../shared/model/schema';
import { isIsoDate, nextMonday } from '../../../../shared/schedule/dates';
import { Button, Dialog, InputField } from '../../components';
import { useHost } from '../../host';
import { useDescribeError } from '../../i18n/describe-error';

type Props = { onClose: () => void; onCreated: (programId: string) => void };

/** Starts a program from one of the shipped templates or from five empty days. */
export function CreateProgramDialog({ onClose, onCreated }: Props) {
  const { t } = useTranslation('library');
  const host = useHost();
  const describe = useDescribeError();
  const id = useId();
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  // The list arrives after the dialog opens, while the user may already be typing
  // or choosing. It fills in only what the user has not touched: the choice
  // stays undefined until they pick, and the title null until they focus or type
  // in it, so nothing they typed or chose is ever replaced.
  const [pickedId, setPickedId] = useState<string | null | undefined>(undefined);
  const [heldTitle, setHeldTitle] = useState<string | null>(null);
  const [titleTouched, setTitleTouched] = useState(false);
  const [startDate, setStartDate] = useState(() => nextMonday(new Date()));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    host.library.templates().then(
      (list) => current && setTemplates(list),
      (failure: unknown) => current && setError(String(failure)),
    );
    return () => {
      current = false;
    };
  }, [host]);

  const templateId = pickedId !== undefined ? pickedId : (templates[0]?.id ?? null);
  // Until the user types a title, it follows the chosen template.
  const title = heldTitle ?? templates.find((template) => template.id === templateId)?.name ?? '';

  const choose = (template: TemplateSummary | null) => {
    setPickedId(template?.id ?? null);
    if (!titleTouched) setHeldTitle(null);
  };

  const titleError =
    title.trim() === ''
      ? t('validation.title.empty', { ns: 'common' })
      : title.length > LIMITS.maxTitleLength
        ? t('validation.title.tooLong', { ns: 'common', max: LIMITS.maxTitleLength })
        : null;
  const dateError = isIsoDate(startDate) ? null : t('validation.date', { ns: 'common' });

  const submit = async () => {
    if (titleError !== null || dateError !== null || busy) return;
    setBusy(true);
    try {
      const created = await host.library.create({ templateId, title, startDate });
      onCreated(created.id);
    } catch (failure) {
      setError(t('create.failed', { message: describe(failure) }));
      setBusy(false);
    }
  };

  const option = (template: TemplateSummary | null) => {
    const value = template?.id ?? '';
    return (
      <label
        key={value}
        className={`template-option ${templateId === (template?.id ?? null) ? 'selected' : ''}`}
      >
        {/* onClick as well: picking the option already checked while the list loads is a choice too. */}
        <input
          type="radio"
          name={`${id}-template`}
          value={value}
          checked={templateId === (template?.id ?? null)}
          onChange={() => choose(template)}
          onClick={() => choose(template)}
        />
        <span className="template-text">
          <span className="template-name">{template?.name ?? t('create.blank')}</span>
          <span className="template-description">
            {template?.description ?? t('create.blankDescription')}
          </span>
          {template ? (
            <span className="muted">
              {t('create.templateFacts', { days: template.days, sessions: template.sessions })}
            </span>
          ) : null}
        </span>
      </label>
    );
  };

  return (
    <Dialog
      open
      title={t('create.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('actions.cancel', { ns: 'common' })}</Button>
          <Button
            variant="primary"
            type="submit"
            disabled={busy || titleError !== null || dateError !== null}
          >
            {busy ? t('create.creating') : t('create.submit')}
          </Button>
        </>
      }
    >
      <fieldset className="template-options">
        <legend className="field-label">{t('create.template')}</legend>
        {templates.map(option)}
        {option(null)}
      </fieldset>
      <div className="form-grid">
        <InputField
          label={t('create.programTitle')}
          value={title}
          error={titleTouched ? titleError : null}
          // Focus holds the title as shown: a template name arriving now would land under the caret.
          onFocus={() => setHeldTitle((current) => current ?? title)}
          onBlur={() => {
            if (!titleTouched) setHeldTitle(null);
          }}
          onChange={(event) => {
            setHeldTitle(event.target.value);
            setTitleTouched(true);
          }}
        />
        <InputField
          label={t('create.startDate')}
          type="date"
          value={startDate}
          error={dateError}
          onChange={(event) => setStartDate(event.target.value)}
        />
      </div>
      {error !== null ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
