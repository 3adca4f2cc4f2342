import type { ExportLabels } from '../../../../../shared/print/labels';
import type { ProgramOutline, SessionOutline } from '../../../../../shared/print/outline-types';
import { balancePage } from './balance';
import { writerContext } from './context';
import { type DocxOptions, pageGeometry } from './page-setup';
import { contentsPage, coverPage, deliveryNotesAppendix, weekAtAGlance } from './program-parts';
import { reviewBanner } from './review-notes';
import { sessionPlan } from './session-plan';
import { packDocument, wordDocument } from './word-document';

export type { DocxOptions } from './page-setup';

/** One session plan as an editable Word document (.docx bytes). */
export function sessionPlanDocx(
  outline: SessionOutline,
  labels: ExportLabels,
  options: DocxOptions,
): Promise<Uint8Array> {
  const context = writerContext(options.paperSize);
  // A plan's outline carries its program's title only among its facts.
  const programTitle =
    outline.facts.find((fact) => fact.label === labels.facts.program)?.value ?? '';
  const { review } = options;
  const notes =
    review === undefined ? null : { labels, notes: review.sessions.get(outline.id) ?? [] };
  const sections = [
    {
      page: context.page,
      children: [
        ...(review === undefined ? [] : [reviewBanner(labels)]),
        ...sessionPlan(outline, context, 'own-document', notes),
      ],
    },
  ];
  return packDocument(
    wordDocument(
      {
        title: outline.title,
        programTitle,
        hasCover: false,
        isReviewCopy: review !== undefined,
        sections,
      },
      labels,
    ),
  );
}

/**
 * The whole program as one Word document: cover and contents, the week at a
 * glance on a landscape page, then every session plan, each on a new page.
 */
export function programDocx(
  outline: ProgramOutline,
  labels: ExportLabels,
  options: DocxOptions,
): Promise<Uint8Array> {
  const context = writerContext(options.paperSize);
  const landscape = pageGeometry(options.paperSize, 'landscape');
  const { review } = options;
  const notesOf = (id: string) =>
    review === undefined ? null : { labels, notes: review.sessions.get(id) ?? [] };
  const sections = [
    {
      page: context.page,
      children: [...coverPage(outline, labels, context, review), ...contentsPage(outline, labels)],
    },
    { page: landscape, children: weekAtAGlance(outline, labels, landscape) },
    {
      page: context.page,
      children: [
        ...(outline.balance === undefined ? [] : balancePage(outline.balance, context.page)),
        ...outline.sessions.flatMap((session) =>
          sessionPlan(session, context, 'in-program', notesOf(session.id)),
        ),
        ...deliveryNotesAppendix(outline, labels, context),
      ],
    },
  ];
  return packDocument(
    wordDocument(
      {
        title: outline.title,
        programTitle: outline.title,
        hasCover: true,
        isReviewCopy: review !== undefined,
        sections,
      },
      labels,
    ),
  );
}
