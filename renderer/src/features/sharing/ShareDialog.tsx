import './sharing.css';

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProgramSharing } from '../../../../shared/host-api/contract';
import { Button, Dialog } from '../../components';
import { useProgramSession } from '../../program';
import { useSharing } from '../../sync/hooks';
import { SharedDetails } from './SharedDetails';
import { ShareFormFields } from './ShareFormFields';
import { useHosting } from './use-hosting';
import { useShareForm } from './use-share-form';
import { useSharingActions } from './use-sharing-actions';

type View = { title: string; body: ReactNode; footer: ReactNode; onSubmit?: () => void };

/**
 * Sharing the open program: where to sync it and then the invite; for a shared
 * program its server, the invite, rotating the key and stopping.
 */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('sharing');
  const session = useProgramSession();
  const sharing = useSharing();
  const { hosting, start } = useHosting();
  const apply = (next: ProgramSharing | null) => session.sync.setSharing(next);
  const form = useShareForm(session.programId, start, apply);
  const actions = useSharingActions(session.programId, apply);
  // Only the co-tutor who shared the program holds its owner secret; an invitee leaves.
  const owns = sharing !== null && sharing.role !== 'invitee';
  // Every button has its own key: a view's button must never be reused as another
  // view's submit button inside the click that switches views (the browser would
  // then submit the form, confirming what was only asked).
  const cancel = (
    <Button
      key="cancel"
      onClick={() => (actions.confirming === null ? onClose() : actions.ask(null))}
      disabled={actions.busy}
    >
      {t('actions.cancel', { ns: 'common' })}
    </Button>
  );
  const failure =
    actions.error === null ? null : (
      <p className="field-error" role="alert">
        {actions.error}
      </p>
    );

  const view: View =
    sharing === null
      ? {
          title: t('share.title'),
          body: <ShareFormFields form={form} hosting={hosting} />,
          footer: (
            <>
              {cancel}
              <Button key="share" variant="primary" type="submit" disabled={form.busy}>
                {form.busy ? t('share.submitting') : t('share.submit')}
              </Button>
            </>
          ),
          onSubmit: () => void form.submit(),
        }
      : actions.confirming === 'rotate'
        ? {
            title: t('share.rotateTitle'),
            body: (
              <>
                <p>{t('share.rotateText')}</p>
                {failure}
              </>
            ),
            footer: (
              <>
                {cancel}
                <Button
                  key="confirm-rotate"
                  variant="primary"
                  type="submit"
                  disabled={actions.busy}
                >
                  {t('share.rotateConfirm')}
                </Button>
              </>
            ),
            onSubmit: () => void actions.rotate(),
          }
        : actions.confirming === 'stop'
          ? {
              title: owns ? t('share.stopTitle') : t('share.leaveTitle'),
              body: (
                <>
                  <p>{owns ? t('share.stopOwnerText') : t('share.leaveText')}</p>
                  {owns ? (
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={actions.deleteData}
                        onChange={(event) => actions.setDeleteData(event.target.checked)}
                      />
                      {t('share.deleteData')}
                    </label>
                  ) : null}
                  {failure}
                </>
              ),
              footer: (
                <>
                  {cancel}
                  <Button
                    key="confirm-stop"
                    variant="danger-solid"
                    type="submit"
                    disabled={actions.busy}
                  >
                    {owns ? t('share.stopConfirm') : t('share.leaveConfirm')}
                  </Button>
                </>
              ),
              onSubmit: () => void actions.stop(),
            }
          : {
              title: t('share.title'),
              body: <SharedDetails sharing={sharing} hosting={hosting} notice={actions.notice} />,
              footer: (
                <>
                  <Button
                    key="stop"
                    variant="danger"
                    className="share-stop"
                    onClick={() => actions.ask('stop')}
                  >
                    {owns ? t('share.stop') : t('share.leave')}
                  </Button>
                  {owns ? (
                    <Button key="rotate" onClick={() => actions.ask('rotate')}>
                      {t('share.rotate')}
                    </Button>
                  ) : null}
                  <Button key="close" variant="primary" onClick={onClose}>
                    {t('actions.close', { ns: 'common' })}
                  </Button>
                </>
              ),
            };

  return (
    <Dialog open title={view.title} onClose={onClose} onSubmit={view.onSubmit} footer={view.footer}>
      {view.body}
    </Dialog>
  );
}
