import './comments.css';

import { useCallback, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

import { markRead } from '../../../../shared/review/reads';
import { Button } from '../../components';
import { useProgramSession, useReviewLoaded } from '../../program';
import { LOCAL_ORIGIN } from '../../program/origins';
import { useComments } from './comments-context';
import { DraftThread } from './DraftThread';
import { currentTextOf, inPlanOrder, useAboutOf } from './thread-place';
import { ThreadCard } from './ThreadCard';
import { useCommentAuthor } from './use-comment-author';
import { useThreads } from './use-threads';

const now = () => Date.now();

/**
 * Beside the session plan: the threads of this session in the plan's order,
 * open ones first, resolved ones on request, and the box for a thread being
 * started. Each range thread shows its text as it stands now, or the quoted
 * text once that is gone.
 */
export function CommentsPanel({ blockId }: { blockId: string }) {
  const { t } = useTranslation('comments');
  const aboutOf = useAboutOf();
  const comments = useComments();
  const session = useProgramSession();
  const { doc, review } = session;
  const loaded = useReviewLoaded(session);
  const author = useCommentAuthor();
  const [showResolved, setShowResolved] = useState(false);
  useProgramTextVersion();
  const threads = inPlanOrder(useThreads().filter((thread) => thread.blockId === blockId));
  const resolvedCount = threads.filter((thread) => thread.resolved).length;
  const shown = showResolved ? threads : threads.filter((thread) => !thread.resolved);
  const draft = comments?.draft ?? null;
  const draftHere = draft !== null && draft.kind !== 'program' && draft.blockId === blockId;

  if (comments === null) return null;
  if (!loaded)
    return (
      <aside className="comments-panel" aria-label={t('panel.region')}>
        <p className="comments-empty" role="status">
          {t('loading')}
        </p>
      </aside>
    );

  return (
    <aside className="comments-panel" aria-label={t('panel.region')}>
      <header className="comments-panel-header">
        <h2>{t('panel.title')}</h2>
        <label className="check comments-show-resolved">
          <input
            type="checkbox"
            checked={showResolved}
            onChange={(event) => setShowResolved(event.target.checked)}
          />
          {t('panel.showResolved')}
          {resolvedCount > 0 ? ` (${resolvedCount})` : ''}
        </label>
        <Button
          small
          variant="ghost"
          aria-label={t('panel.close')}
          onClick={() => comments.setPanelOpen(false)}
        >
          ✕
        </Button>
      </header>
      {draftHere ? <DraftThread draft={draft} /> : null}
      {shown.length === 0 && !draftHere ? (
        <p className="comments-empty">
          {threads.length === 0 ? t('panel.empty') : t('panel.noOpen')}
        </p>
      ) : null}
      {shown.map((thread) => (
        <ThreadCard
          key={thread.id}
          thread={thread}
          about={aboutOf(thread)}
          currentText={currentTextOf(doc, thread)}
          author={author}
          focused={comments.focusedThreadId === thread.id}
          onFocus={() => {
            if (comments.focusedThreadId !== thread.id) comments.focusThread(thread.id);
            markRead(review, author.userId, thread.id, now(), LOCAL_ORIGIN);
          }}
        />
      ))}
    </aside>
  );
}

/** Re-renders on every change of the program, so range threads show their text as it stands. */
function useProgramTextVersion(): number {
  const { doc } = useProgramSession();
  const subscribe = useCallback(
    (notify: () => void) => {
      const onUpdate = () => {
        version.set(doc, (version.get(doc) ?? 0) + 1);
        notify();
      };
      doc.on('update', onUpdate);
      return () => doc.off('update', onUpdate);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => version.get(doc) ?? 0);
}
const version = new WeakMap<object, number>();
