import { type FileChild, HeadingLevel, Paragraph } from 'docx';

import type { ExportLabels } from '../../../../../shared/print/labels';
import type { PlanSection, SessionOutline } from '../../../../../shared/print/outline-types';
import { fieldMarks, type ReviewNote } from '../../../../../shared/print/review-notes';
import { headingStyle, type WriterContext } from './context';
import { noteRefRuns, textRuns } from './inline';
import { reviewNotesParagraphs } from './review-notes';
import { richTextParagraphs } from './rich-text';
import { stagesTable } from './stages-table';
import { factsTable } from './tables';

/**
 * Where a plan sits: alone in its own document, its title is the document's
 * Title; inside the program, it is a Heading 1 on a new page, one level below
 * the program, so the table of contents lists it, and everything in it moves
 * one level down with it.
 */
export type PlanPlacement = 'own-document' | 'in-program';

/**
 * One session plan: title, kind, the title block, then its sections in the
 * editor's order; in a review copy, its notes after them.
 */
export function sessionPlan(
  outline: SessionOutline,
  context: WriterContext,
  placement: PlanPlacement,
  review: { labels: ExportLabels; notes: readonly ReviewNote[] } | null,
): FileChild[] {
  const sectionLevel = placement === 'own-document' ? 1 : 2;
  const notes = review?.notes ?? [];
  return [
    titleOf(outline, placement),
    new Paragraph({ style: 'Subtitle', children: textRuns(outline.typeLabel) }),
    ...factsTable(outline.facts, context.page),
    ...outline.sections.flatMap((section) =>
      sectionOf(section, outline, context, sectionLevel, notes),
    ),
    ...(review === null
      ? []
      : reviewNotesParagraphs(
          review.labels.review.sessionNotes,
          notes,
          review.labels,
          sectionLevel,
        )),
  ];
}

function titleOf(outline: SessionOutline, placement: PlanPlacement): Paragraph {
  const children = textRuns(outline.title);
  if (placement === 'own-document') return new Paragraph({ heading: HeadingLevel.TITLE, children });
  return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children });
}

function sectionOf(
  section: PlanSection,
  outline: SessionOutline,
  context: WriterContext,
  level: number,
  notes: readonly ReviewNote[],
): FileChild[] {
  const fieldLevel = level + 1;
  return [
    new Paragraph({ heading: headingStyle(level), children: textRuns(section.title) }),
    ...section.facts.map(
      (fact) =>
        new Paragraph({
          children: [...textRuns(`${fact.label}: `, { bold: true }), ...textRuns(fact.value)],
        }),
    ),
    ...(section.id === 'stages' && outline.stages !== null
      ? stagesTable(outline.stages, context.page)
      : []),
    ...section.fields.flatMap((field) => {
      const marks = fieldMarks(notes, field.id);
      return [
        new Paragraph({
          heading: headingStyle(fieldLevel),
          children: [...textRuns(field.label), ...noteRefRuns(marks.heading)],
        }),
        ...richTextParagraphs(field.content, context, fieldLevel, marks.text),
      ];
    }),
  ];
}
