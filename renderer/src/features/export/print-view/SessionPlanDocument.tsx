import type { ExportLabels } from '../../../../../shared/print/labels';
import type { PlanSection, SessionOutline } from '../../../../../shared/print/outline-types';
import {
  fieldMarks,
  type ReviewNote,
  type ReviewNotes,
} from '../../../../../shared/print/review-notes';
import { contentsTarget, planTarget } from './anchors';
import { FactsTable } from './FactsTable';
import { Heading } from './Heading';
import { PrintedRichText } from './PrintedRichText';
import { NoteRefs, ReviewNotesList } from './ReviewNotesList';
import { StagesTable } from './StagesTable';

/** One session plan as a document of its own: the plan's title is the top heading. */
export function SessionPlanDocument({
  outline,
  labels,
  review,
}: {
  outline: SessionOutline;
  labels: ExportLabels;
  review: ReviewNotes | undefined;
}) {
  return (
    <div className="print-doc print-doc--session">
      <SessionPlan
        outline={outline}
        level={1}
        {...(review === undefined
          ? {}
          : { review: { labels, notes: review.sessions.get(outline.id) ?? [] } })}
      />
    </div>
  );
}

/**
 * A session plan, at `level` for its title: 1 alone, 2 as a chapter of the
 * program. In print it always starts on a new page. In a review copy, its
 * notes follow the plan.
 */
export function SessionPlan({
  outline,
  level,
  review,
}: {
  outline: SessionOutline;
  level: 1 | 2;
  review?: { labels: ExportLabels; notes: readonly ReviewNote[] };
}) {
  const notes = review?.notes ?? [];
  return (
    // Within the program, the contents and the week at a glance link here.
    <article className="sheet session" id={level === 2 ? planTarget(outline.id) : undefined}>
      {/* A plan printed alone says it is a review copy above its title; the program does on its cover. */}
      {review !== undefined && level === 1 ? (
        <p className="review-banner">{review.labels.review.copy}</p>
      ) : null}
      <header className="session__head" id={level === 2 ? contentsTarget(outline.id) : undefined}>
        <p className="session__type">{outline.typeLabel}</p>
        <Heading level={level} className="session__title">
          {outline.title}
        </Heading>
      </header>
      <FactsTable facts={outline.facts} />
      {outline.sections.map((section) => (
        <PlanSectionView
          key={section.id}
          section={section}
          outline={outline}
          level={level + 1}
          notes={notes}
        />
      ))}
      {review === undefined || notes.length === 0 ? null : (
        <ReviewNotesList
          title={review.labels.review.sessionNotes}
          notes={notes}
          labels={review.labels}
          level={level + 1}
        />
      )}
    </article>
  );
}

function PlanSectionView({
  section,
  outline,
  level,
  notes,
}: {
  section: PlanSection;
  outline: SessionOutline;
  level: number;
  notes: readonly ReviewNote[];
}) {
  return (
    <section className={`plan-section plan-section--${section.id}`}>
      <Heading level={level} className="plan-section__title">
        {section.title}
      </Heading>
      {section.facts.map((fact) => (
        <p key={fact.label} className="plan-section__fact">
          <strong>{fact.label}</strong> {fact.value}
        </p>
      ))}
      {section.fields.map((field) => {
        const marks = fieldMarks(notes, field.id);
        return (
          <div key={field.label} className="field">
            <Heading level={level + 1} className="field__label">
              {field.label}
              <NoteRefs numbers={marks.heading} />
            </Heading>
            <PrintedRichText content={field.content} headingLevel={level + 2} marks={marks.text} />
          </div>
        );
      })}
      {section.id === 'stages' && outline.stages !== null ? (
        <StagesTable stages={outline.stages} />
      ) : null}
    </section>
  );
}
