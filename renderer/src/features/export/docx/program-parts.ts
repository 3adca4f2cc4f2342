import { type FileChild, HeadingLevel, Paragraph, TableOfContents } from 'docx';

import { richTextToPlain } from '../../../../../shared/model/rich-text/plain';
import type { ExportLabels } from '../../../../../shared/print/labels';
import type { ProgramOutline } from '../../../../../shared/print/outline-types';
import { fieldMarks, type ReviewNotes } from '../../../../../shared/print/review-notes';
import type { WriterContext } from './context';
import { noteRefRuns, textRuns } from './inline';
import type { PageGeometry } from './page-setup';
import { reviewBanner, reviewNotesParagraphs } from './review-notes';
import { richTextParagraphs } from './rich-text';
import { factsTable } from './tables';
import { weekTable } from './timetable';

/**
 * The first page: title, theme, the program's facts, the co-tutors and the
 * learning outcomes; a review copy says so first and adds the notes on the
 * program after the outcomes.
 */
export function coverPage(
  outline: ProgramOutline,
  labels: ExportLabels,
  context: WriterContext,
  review: ReviewNotes | undefined,
): FileChild[] {
  const coTutors = outline.coTutors.map((tutor) => ({ label: tutor.name, value: tutor.detail }));
  const hasOutcomes = richTextToPlain(outline.learningOutcomes).trim() !== '';
  const marks = fieldMarks(review?.program, 'learningOutcomes');
  return [
    ...(review === undefined ? [] : [reviewBanner(labels)]),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(outline.title) }),
    new Paragraph({ style: 'Subtitle', children: textRuns(outline.subtitle) }),
    ...factsTable(outline.cover, context.page),
    ...(coTutors.length === 0
      ? []
      : [coverHeading(labels.sections.coTutors), ...factsTable(coTutors, context.page)]),
    ...(hasOutcomes
      ? [
          coverHeading(labels.sections.learningOutcomes, marks.heading),
          ...richTextParagraphs(outline.learningOutcomes, context, 2, marks.text),
        ]
      : []),
    ...reviewNotesParagraphs(labels.review.programNotes, review?.program ?? [], labels, 2),
  ];
}

/** Parts of the cover are Heading 2: under the program's Title, and left out of the contents, which list Heading 1. */
function coverHeading(text: string, notes: readonly number[] = []): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: [...textRuns(text), ...noteRefRuns(notes)],
  });
}

/**
 * The contents on a page of their own: Word's table-of-contents field over the
 * Heading 1s, the week at a glance and every session. docx writes an entry for
 * each heading into the field, linked to it, so the contents read right before
 * Word updates the field, and in applications that never do; Word offers to
 * update it on opening, which fills in the page numbers.
 */
export function contentsPage(outline: ProgramOutline, labels: ExportLabels): FileChild[] {
  if (outline.sessions.length === 0 && outline.timetable.length === 0) return [];
  return [
    new Paragraph({
      style: 'TOCHeading',
      pageBreakBefore: true,
      children: textRuns(labels.sections.contents),
    }),
    new TableOfContents(labels.sections.contents, { hyperlink: true, headingStyleRange: '1-1' }),
  ];
}

/** The week at a glance, alone in its landscape section: a table with the days as columns. */
export function weekAtAGlance(
  outline: ProgramOutline,
  labels: ExportLabels,
  landscape: PageGeometry,
): FileChild[] {
  if (outline.timetable.length === 0) return [];
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: textRuns(labels.sections.weekAtAGlance),
    }),
    ...weekTable(outline.timetable, landscape),
  ];
}

/**
 * The appendix of delivery notes, when the export asks for it: a Heading 1 of
 * its own (so the contents list it), then each session's notes under its title.
 */
export function deliveryNotesAppendix(
  outline: ProgramOutline,
  labels: ExportLabels,
  context: WriterContext,
): FileChild[] {
  if (outline.deliveryNotes.length === 0) return [];
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: textRuns(labels.delivery.title),
    }),
    new Paragraph({ children: textRuns(labels.delivery.intro) }),
    ...outline.deliveryNotes.flatMap((entry) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: textRuns(entry.title.trim() === '' ? labels.notSet : entry.title),
      }),
      new Paragraph({ children: textRuns(entry.where) }),
      ...factsTable(entry.facts, context.page),
    ]),
  ];
}
