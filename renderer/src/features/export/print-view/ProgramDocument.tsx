import { richTextToPlain } from '../../../../../shared/model/rich-text/plain';
import type { ExportLabels } from '../../../../../shared/print/labels';
import type { ProgramOutline } from '../../../../../shared/print/outline-types';
import type { ReviewNotes } from '../../../../../shared/print/review-notes';
import { BalanceOfTheWeek } from './BalanceOfTheWeek';
import { Contents } from './Contents';
import { Cover } from './Cover';
import { DeliveryNotesAppendix } from './DeliveryNotesAppendix';
import { LearningOutcomes } from './LearningOutcomes';
import { ReviewNotesList } from './ReviewNotesList';
import { SessionPlan } from './SessionPlanDocument';
import { WeekAtAGlance } from './WeekAtAGlance';

/**
 * The whole program: cover, learning outcomes, contents, the week at a glance,
 * then every session plan in order, and the delivery notes when asked for.
 * Each part starts on a new page. A review
 * copy adds the notes on the program after the learning outcomes, and each
 * session's notes after its plan.
 */
export function ProgramDocument({
  outline,
  labels,
  review,
}: {
  outline: ProgramOutline;
  labels: ExportLabels;
  review: ReviewNotes | undefined;
}) {
  const hasOutcomes = richTextToPlain(outline.learningOutcomes).trim() !== '';
  const programNotes = review?.program ?? [];
  return (
    <div className="print-doc print-doc--program">
      <Cover outline={outline} labels={labels} isReviewCopy={review !== undefined} />
      {hasOutcomes ? (
        <LearningOutcomes outline={outline} labels={labels} notes={programNotes} />
      ) : null}
      {programNotes.length === 0 ? null : (
        <section className="sheet program-notes">
          <ReviewNotesList
            title={labels.review.programNotes}
            notes={programNotes}
            labels={labels}
            level={2}
          />
        </section>
      )}
      {outline.contents.length === 0 ? null : <Contents outline={outline} labels={labels} />}
      {outline.timetable.length === 0 ? null : (
        <WeekAtAGlance days={outline.timetable} labels={labels} />
      )}
      {outline.balance === undefined ? null : <BalanceOfTheWeek outline={outline.balance} />}
      {outline.sessions.map((session) => (
        <SessionPlan
          key={session.id}
          outline={session}
          level={2}
          {...(review === undefined
            ? {}
            : { review: { labels, notes: review.sessions.get(session.id) ?? [] } })}
        />
      ))}
      {outline.deliveryNotes.length === 0 ? null : (
        <DeliveryNotesAppendix entries={outline.deliveryNotes} labels={labels} />
      )}
    </div>
  );
}
