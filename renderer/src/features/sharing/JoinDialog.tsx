import './sharing.css';

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProgramSummary } from '../../../../shared/host-api/contract';
import { parseInvite } from '../../../../shared/sync/invite';
import { Button, describedBy, Dialog, FieldFrame } from '../../components';
import { useHost } from '../../host';
import { useDescribeError } from '../../i18n/describe-error';

type Props = { onClose: () => void; onJoined: (program: ProgramSummary) => void };

/** Adds a program shared by a co-tutor from the invite they sent; its content arrives on the first sync. */
export function JoinDialog({ onClose, onJoined }: Props) {
  const { t } = useTranslation('sharing');
  const host = useHost();
  const describe = useDescribeError();
  const id = useId();
  const [invite, setInvite] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hint = t('join.hint');

  const submit = async () => {
    if (busy) return;
    const parsed = parseInvite(invite);
    if (!parsed.ok) return setError(t(`join.refused.${parsed.reason}`));
    setBusy(true);
    try {
      onJoined(await host.sharing.join({ invite: invite.trim() }));
    } catch (failure) {
      setError(t('join.failed', { message: describe(failure) }));
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title={t('join.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('actions.cancel', { ns: 'common' })}</Button>
          <Button variant="primary" type="submit" disabled={busy || invite.trim() === ''}>
            {busy ? t('join.submitting') : t('join.submit')}
          </Button>
        </>
      }
    >
      <FieldFrame id={id} label={t('join.field')} description={hint} error={error}>
        <textarea
          id={id}
          className="textarea invite-text"
          rows={4}
          value={invite}
          autoFocus
          spellCheck={false}
          aria-invalid={error !== null}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => {
            setInvite(event.target.value);
            setError(null);
          }}
        />
      </FieldFrame>
    </Dialog>
  );
}
