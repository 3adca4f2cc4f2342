import './methods.css';

import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type MethodDraft, methodFromSession } from '../../../../shared/method/derive';
import { shareMethod } from '../../../../shared/method/program-methods';
import { blockOf } from '../../../../shared/model/layout';
import { readBlock } from '../../../../shared/model/read';
import { LIMITS } from '../../../../shared/model/schema';
import { Button, Dialog, InputField, useToast } from '../../components';
import { useHost } from '../../host';
import { useDescribeError } from '../../i18n/describe-error';
import { useMeta, useProgramSession } from '../../program';
import { LOCAL_ORIGIN } from '../../program/origins';

type Props = { blockId: string; onClose: () => void };

const PARAGRAPH_MAX = 2_000;

/**
 * "Save as method": the co-tutor names the method and says what it is and when
 * to use it; type, stages, materials, interaction patterns and learning types
 * come from the plan. Kept on this computer, or shared with the program so
 * every co-tutor finds it in the library.
 */
export function SaveAsMethodDialog({ blockId, onClose }: Props) {
  const { t } = useTranslation('methods');
  const { t: tc } = useTranslation('common');
  const session = useProgramSession();
  const host = useHost();
  const toast = useToast();
  const describe = useDescribeError();
  const meta = useMeta();
  const summaryId = useId();
  const whenId = useId();
  const [block] = useState(() => {
    const record = blockOf(session.doc, blockId);
    return record === null ? null : readBlock(blockId, record, { withText: true });
  });
  const [draft, setDraft] = useState<MethodDraft>({
    name: block?.title ?? '',
    summary: '',
    whenToUse: '',
  });
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const derived = useMemo(
    () => (block === null ? null : methodFromSession(block, draft, { theme: meta.theme })),
    [block, draft, meta.theme],
  );
  // Only a plan that cannot become a method is said at once; empty text is for the user to fill in.
  const blocking =
    derived !== null && !derived.ok && derived.problem !== 'text' ? derived.problem : null;
  const ready = derived?.ok === true;

  const keep = async () => {
    if (derived === null || !derived.ok) return;
    setSaving(true);
    setFailure(null);
    try {
      const saved = await host.methods.saveOwn({ method: derived.method });
      toast({ message: t('save.kept', { name: saved.name }) });
      onClose();
    } catch (error) {
      setFailure(t('failed', { message: describe(error) }));
      setSaving(false);
    }
  };
  const share = () => {
    if (derived === null || !derived.ok) return;
    shareMethod(session.doc, derived.method, LOCAL_ORIGIN);
    toast({ message: t('save.shared', { name: derived.method.name }) });
    onClose();
  };
  const text = (key: 'summary' | 'whenToUse', id: string) => (
    <div className="field">
      <label htmlFor={id}>{t(`save.${key}`)}</label>
      <textarea
        id={id}
        className="input method-textarea"
        rows={3}
        maxLength={PARAGRAPH_MAX}
        value={draft[key]}
        onChange={(event) => setDraft((current) => ({ ...current, [key]: event.target.value }))}
      />
    </div>
  );

  return (
    <Dialog
      open
      title={t('save.title')}
      className="method-save"
      onClose={onClose}
      onSubmit={() => void keep()}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button disabled={!ready || saving} onClick={share}>
            {t('save.share')}
          </Button>
          <Button type="submit" variant="primary" disabled={!ready || saving}>
            {t('save.keep')}
          </Button>
        </>
      }
    >
      <p className="muted">{t('save.intro')}</p>
      <InputField
        label={t('save.name')}
        value={draft.name}
        maxLength={LIMITS.maxTitleLength}
        onChange={(event) => setDraft((current) => ({ ...current, name: event.target.value }))}
      />
      {text('summary', summaryId)}
      {text('whenToUse', whenId)}
      {blocking !== null ? (
        <p className="method-notice method-notice-warning" role="status">
          {t(`save.problem.${blocking}`)}
        </p>
      ) : !ready ? (
        <p className="muted" role="status">
          {t('save.problem.text')}
        </p>
      ) : null}
      {failure !== null ? (
        <p className="method-notice method-notice-danger" role="alert">
          {failure}
        </p>
      ) : null}
    </Dialog>
  );
}
