import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  type Author,
  type CommentView,
  deleteComment,
  editComment,
  reply,
  setResolved,
  type ThreadView,
} from '../../../../shared/review/threads';
import { Button } from '../../components';
import { formatMoment, useFormatLocale } from '../../i18n/format';
import { useProgramSession } from '../../program';
import { LOCAL_ORIGIN } from '../../program/origins';
import { CommentComposer } from './CommentComposer';
import { CommentText } from './CommentText';

type Props = {
  thread: ThreadView;
  /** What the thread is about, in words ("In Success criteria"). */
  about: string;
  /** A range thread's text as it stands now, or, when that text is gone, null (the quote is shown). */
  currentText: string | null;
  author: Author;
  focused: boolean;
  onFocus: () => void;
};

/** One thread: what it is about, its comments in order, a reply box, resolve and reopen. */
export function ThreadCard({ thread, about, currentText, author, focused, onFocus }: Props) {
  const { t } = useTranslation('comments');
  const { review } = useProgramSession();
  const now = () => Date.now();
  const className = [
    'thread',
    thread.resolved ? 'thread-resolved' : '',
    focused ? 'thread-focused' : '',
    thread.damaged ? 'thread-damaged' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <article className={className} aria-label={about} onFocus={onFocus} onClick={onFocus}>
      <header className="thread-header">
        <span className="thread-about">{about}</span>
        {thread.resolved ? (
          <span className="thread-status">
            {thread.statusBy === ''
              ? t('thread.resolved')
              : t('thread.resolvedBy', { name: thread.statusBy })}
          </span>
        ) : null}
        <Button
          small
          variant="ghost"
          className="thread-resolve"
          onClick={() =>
            setResolved(review, thread.id, !thread.resolved, author, now(), LOCAL_ORIGIN)
          }
        >
          {thread.resolved ? t('actions.reopen') : t('actions.resolve')}
        </Button>
      </header>
      {thread.kind === 'range' ? (
        currentText !== null ? (
          <blockquote className="thread-quote">{currentText}</blockquote>
        ) : (
          <div className="thread-quote-gone">
            <p>{t('target.quoteGone')}</p>
            <blockquote className="thread-quote">{thread.quote}</blockquote>
          </div>
        )
      ) : null}
      {thread.damaged ? (
        <p className="thread-damage" role="note">
          {t('thread.damaged')}
        </p>
      ) : null}
      <ol className="thread-comments">
        {thread.comments.map((comment) => (
          <CommentItem key={comment.id} threadId={thread.id} comment={comment} author={author} />
        ))}
      </ol>
      {thread.resolved ? null : (
        <CommentComposer
          label={t('comment.replyLabel')}
          submitLabel={t('actions.reply')}
          onSubmit={(text, mentions) =>
            reply(review, thread.id, { author, text, mentions, at: now() }, LOCAL_ORIGIN)
          }
        />
      )}
    </article>
  );
}

function CommentItem({
  threadId,
  comment,
  author,
}: {
  threadId: string;
  comment: CommentView;
  author: Author;
}) {
  const { t } = useTranslation('comments');
  const locale = useFormatLocale();
  const { review } = useProgramSession();
  const [editing, setEditing] = useState(false);
  const own = author.userId !== '' && comment.author.userId === author.userId && !comment.deleted;
  const time = formatMoment(comment.at, locale);
  return (
    <li className="comment">
      <div className="comment-meta">
        <span className="comment-author">
          <span
            className="comment-dot"
            style={{ background: comment.author.color }}
            aria-hidden="true"
          />
          {comment.author.name === '' ? t('comment.unknownAuthor') : comment.author.name}
        </span>
        <time className="comment-time" dateTime={new Date(comment.at).toISOString()}>
          {time}
        </time>
        {comment.editedAt !== null && !comment.deleted ? (
          <span className="comment-edited">{t('comment.edited')}</span>
        ) : null}
      </div>
      {comment.deleted ? (
        <p className="comment-deleted">{t('comment.deleted')}</p>
      ) : editing ? (
        <CommentComposer
          label={t('comment.editLabel')}
          submitLabel={t('actions.save')}
          initialText={comment.text}
          initialMentions={comment.mentions}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={(text, mentions) => {
            editComment(
              review,
              threadId,
              comment.id,
              author,
              { text, mentions, at: Date.now() },
              LOCAL_ORIGIN,
            );
            setEditing(false);
          }}
        />
      ) : (
        <CommentText text={comment.text} />
      )}
      {own && !editing ? (
        <div className="comment-actions">
          <Button small variant="ghost" onClick={() => setEditing(true)}>
            {t('actions.edit')}
          </Button>
          <Button
            small
            variant="ghost"
            onClick={() =>
              deleteComment(review, threadId, comment.id, author, Date.now(), LOCAL_ORIGIN)
            }
          >
            {t('actions.delete')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
