import './recently-deleted.css';

import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';

import { readDays } from '../../../../shared/model/read';
import { type DeletedSession, readDeletions } from '../../../../shared/review/deletions';
import { reviewRootOf } from '../../../../shared/review/layout';
import { Button, Dialog, useToast } from '../../components';
import { formatMoment, useFormatLocale } from '../../i18n/format';
import { useDays, useProgramSession } from '../../program';
import { Avatar } from '../presence/Avatar';
import { restoreDeletedSession } from './deleted-sessions';

/** A counter that moves on every change to the review document's deletions. */
function useDeletionsVersion(review: Y.Doc): number {
  const subscribe = useCallback(
    (notify: () => void) => {
      const part = reviewRootOf(review, 'deletions');
      const onChange = () => {
        versions.set(review, (versions.get(review) ?? 0) + 1);
        notify();
      };
      part.observe(onChange);
      return () => part.unobserve(onChange);
    },
    [review],
  );
  return useSyncExternalStore(subscribe, () => versions.get(review) ?? 0);
}
const versions = new WeakMap<Y.Doc, number>();

/**
 * "Recently deleted": the sessions deleted in the last 30 days that are not back
 * in the week, with who deleted them and when; any of them can be restored to
 * its day as this user's undoable edit.
 */
export function RecentlyDeleted() {
  const { t } = useTranslation('planner');
  const { t: tc } = useTranslation('common');
  const session = useProgramSession();
  const days = useDays();
  const locale = useFormatLocale();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  // What counts as "the last 30 days": from when the planner opened, renewed when the list opens.
  const [now, setNow] = useState(() => Date.now());
  const version = useDeletionsVersion(session.review);

  const list = useMemo(() => {
    const present = new Set(days.flatMap((day) => day.blocks.map((block) => block.id)));
    const { sessions, damaged } = readDeletions(session.review, now);
    return { sessions: sessions.filter((entry) => !present.has(entry.blockId)), damaged };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the change signal
  }, [session.review, days, version, now]);

  const dayNumber = (dayId: string) => days.findIndex((day) => day.id === dayId) + 1;
  const titleOf = (entry: DeletedSession) => entry.title.trim() || t('block.untitled');

  const restore = (entry: DeletedSession) => {
    if (!restoreDeletedSession(session, entry)) {
      toast({ message: t('recentlyDeleted.unreadable', { title: titleOf(entry) }) });
      return;
    }
    // Its own day, or the nearest one left when that day is gone.
    const day =
      readDays(session.doc).findIndex((each) =>
        each.blocks.some((block) => block.id === entry.blockId),
      ) + 1;
    toast({
      message: t('recentlyDeleted.restored', { title: titleOf(entry), day }),
      action: { label: tc('actions.undo'), run: () => session.undo() },
    });
    if (list.sessions.length <= 1) setOpen(false);
  };

  const count = list.sessions.length;
  if (count === 0 && list.damaged === 0) return null;
  return (
    <>
      <Button
        variant="ghost"
        small
        onClick={() => {
          setNow(Date.now());
          setOpen(true);
        }}
        aria-haspopup="dialog"
      >
        {t('recentlyDeleted.button')}
        <span className="recently-deleted-count">{count}</span>
      </Button>
      <Dialog
        open={open}
        title={t('recentlyDeleted.title')}
        onClose={() => setOpen(false)}
        className="recently-deleted"
        footer={<Button onClick={() => setOpen(false)}>{tc('actions.close')}</Button>}
      >
        <p className="muted">{t('recentlyDeleted.intro')}</p>
        {count === 0 ? <p>{t('recentlyDeleted.empty')}</p> : null}
        <ul className="deleted-list">
          {list.sessions.map((entry) => {
            const number = dayNumber(entry.dayId);
            return (
              <li key={entry.blockId} className="deleted-item">
                <div className="deleted-text">
                  <span className="deleted-title">{titleOf(entry)}</span>
                  <span className="deleted-meta">
                    {tc(`blockType.${entry.type}`)} ·{' '}
                    {number > 0 ? t('day.heading', { number }) : t('recentlyDeleted.dayGone')}
                  </span>
                  <span className="deleted-by">
                    <Avatar user={entry.deletedBy} size="small" />
                    {t('recentlyDeleted.by', {
                      name: entry.deletedBy.name,
                      when: formatMoment(entry.deletedAt, locale),
                    })}
                  </span>
                </div>
                <Button
                  small
                  onClick={() => restore(entry)}
                  aria-label={t('recentlyDeleted.restoreLabel', { title: titleOf(entry) })}
                >
                  {t('recentlyDeleted.restore')}
                </Button>
              </li>
            );
          })}
        </ul>
        {list.damaged > 0 ? (
          <p className="muted">{t('recentlyDeleted.damaged', { count: list.damaged })}</p>
        ) : null}
      </Dialog>
    </>
  );
}
