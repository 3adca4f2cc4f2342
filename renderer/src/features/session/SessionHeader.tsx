import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Block } from '../../../../shared/model/types';
import { formatClock } from '../../../../shared/schedule/time';
import { Button, Dialog, TextField, useToast } from '../../components';
import { formatDate, useFormatLocale, useFormatMinutes } from '../../i18n/format';
import { useEdit, useProgramSession } from '../../program';
import { SessionCommentButtons } from '../comments/SessionCommentButtons';
import { SaveAsMethodButton } from '../methods/SaveAsMethodButton';
import { HomeTime } from '../planner/HomeTime';
import { useDeletedBy } from '../planner/use-deleted-by';
import { useTimeZones } from '../preferences/use-time-zones';
import { SessionPresence } from '../presence/SessionPresence';
import { useBlockPlace } from './use-block-place';

type Props = {
  block: Block;
  onBack: () => void;
  /** Opens the export dialog on this plan; null for breaks, which have no plan. */
  onExport: (() => void) | null;
};

export function SessionHeader({ block, onBack, onExport }: Props) {
  const { t } = useTranslation('session');
  const locale = useFormatLocale();
  const formatMinutes = useFormatMinutes();
  const edit = useEdit();
  const session = useProgramSession();
  const toast = useToast();
  const place = useBlockPlace(block.id);
  const [confirming, setConfirming] = useState(false);
  const deletedBy = useDeletedBy();
  const { homeOf } = useTimeZones();
  const homeStart = place === null ? null : homeOf(place.dayNumber - 1, place.start);
  const homeEnd = place === null ? null : homeOf(place.dayNumber - 1, place.end);

  const remove = async () => {
    setConfirming(false);
    // Kept in "Recently deleted" as from the week view, so it can come back after the
    // undo history is gone. Its reader loads on demand: opening a plan does not need it.
    const { deleteSessionKept } = await import('../planner/deleted-sessions');
    deleteSessionKept(session, block.id, deletedBy.current(), Date.now());
    toast({
      message: t('deleted', { title: block.title || t('untitled') }),
      action: { label: t('actions.undo', { ns: 'common' }), run: () => session.undo() },
    });
    onBack();
  };

  return (
    <header className="session-header">
      <div className="session-header-row">
        <Button variant="ghost" onClick={onBack}>
          ← {t('backToWeek')}
        </Button>
        {place !== null ? (
          <span className="session-place">
            {t('place', {
              day: place.dayNumber,
              date: formatDate(place.date, locale),
              start: formatClock(place.start),
              end: formatClock(place.end),
              duration: formatMinutes(block.durationMin),
            })}
          </span>
        ) : null}
        {homeStart !== null && homeEnd !== null ? (
          <HomeTime start={homeStart} end={homeEnd} className="session-home-time" />
        ) : null}
        <span className="session-comment-buttons">
          <SessionCommentButtons blockId={block.id} />
        </span>
        {onExport !== null ? <SaveAsMethodButton blockId={block.id} /> : null}
        {onExport !== null ? (
          <Button
            small
            className="session-export"
            aria-label={t('dialog.openSessionLabel', { ns: 'export' })}
            onClick={onExport}
          >
            {t('dialog.openSession', { ns: 'export' })}
          </Button>
        ) : null}
        <Button
          variant="danger"
          small
          className="session-delete"
          onClick={() => setConfirming(true)}
        >
          {t('deleteSession')}
        </Button>
      </div>
      <TextField
        className="session-title"
        label={t('overview.title')}
        value={block.title}
        required
        onCommit={(title) => edit.setBlockField(block.id, 'title', title)}
      />
      <SessionPresence blockId={block.id} />
      <Dialog
        open={confirming}
        title={t('deleteConfirmTitle')}
        onClose={() => setConfirming(false)}
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button variant="danger-solid" onClick={remove}>
              {t('deleteSession')}
            </Button>
          </>
        }
      >
        <p>{t('deleteConfirmText', { title: block.title || t('untitled') })}</p>
      </Dialog>
    </header>
  );
}
