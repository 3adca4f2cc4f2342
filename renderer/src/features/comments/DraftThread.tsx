import { useTranslation } from 'react-i18next';

import { createThread, type ThreadTarget } from '../../../../shared/review/threads';
import { useProgramSession } from '../../program';
import { LOCAL_ORIGIN } from '../../program/origins';
import { CommentComposer } from './CommentComposer';
import { useComments } from './comments-context';
import { useAboutOf } from './thread-place';
import { useCommentAuthor } from './use-comment-author';

/**
 * A thread being started: what it is about, the quoted text for a range, and
 * the box for its first comment. Sending creates the thread and puts it in view.
 */
export function DraftThread({ draft }: { draft: ThreadTarget }) {
  const { t } = useTranslation('comments');
  const aboutOf = useAboutOf();
  const comments = useComments();
  const { review } = useProgramSession();
  const author = useCommentAuthor();
  if (comments === null) return null;

  const send = (text: string, mentions: string[]) => {
    const at = Date.now();
    const id = createThread(review, draft, { author, text, mentions, at }, LOCAL_ORIGIN);
    comments.clearDraft();
    comments.focusThread(id);
  };

  return (
    <section className="thread thread-draft" aria-label={t('comment.newLabel')}>
      <header className="thread-header">
        <span className="thread-about">
          {aboutOf({ kind: draft.kind, field: 'field' in draft ? draft.field : null })}
        </span>
      </header>
      {draft.kind === 'range' ? (
        <blockquote className="thread-quote">{draft.quote}</blockquote>
      ) : null}
      <CommentComposer
        label={t('comment.newLabel')}
        submitLabel={t('actions.send')}
        autoFocus
        onCancel={comments.clearDraft}
        onSubmit={send}
      />
    </section>
  );
}
