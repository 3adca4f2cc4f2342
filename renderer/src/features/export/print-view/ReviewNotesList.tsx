import type { ExportLabels } from '../../../../../shared/print/labels';
import type { ReviewNote } from '../../../../../shared/print/review-notes';
import { Heading } from './Heading';

/**
 * A review copy's numbered notes: what each is about, the commented text, then
 * every comment with its author and time. The numbers are the ones printed at
 * the commented places; they run on through the whole document.
 */
export function ReviewNotesList({
  title,
  notes,
  labels,
  level,
}: {
  title: string;
  notes: readonly ReviewNote[];
  labels: ExportLabels;
  level: number;
}) {
  return (
    <section className="review-notes">
      <Heading level={level} className="review-notes__title">
        {title}
      </Heading>
      <ol className="review-notes__list">
        {notes.map((note) => (
          <li key={note.threadId} value={note.number} className="review-note">
            <p className="review-note__about">
              <span className="review-note__number">{note.number}.</span> {note.about}
            </p>
            {note.quote === null ? null : (
              <>
                {note.quoteGone ? (
                  <p className="review-note__gone">{labels.review.quoteGone}</p>
                ) : null}
                <blockquote className="review-note__quote">{note.quote}</blockquote>
              </>
            )}
            {note.comments.map((comment, index) => (
              <div key={index} className="review-note__comment">
                <p className="review-note__meta">
                  <strong>{comment.author}</strong> · {comment.when}
                </p>
                <p
                  className={comment.deleted ? 'review-note__text is-deleted' : 'review-note__text'}
                >
                  {comment.text}
                </p>
              </div>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The numbers of the notes on a place, as a superscript; nothing when there are none. */
export function NoteRefs({ numbers }: { numbers: readonly number[] }) {
  if (numbers.length === 0) return null;
  return <sup className="note-ref">{numbers.join(',')}</sup>;
}
