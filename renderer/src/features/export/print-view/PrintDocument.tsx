import type { ExportLabels } from '../../../../../shared/print/labels';
import type { ProgramOutline, SessionOutline } from '../../../../../shared/print/outline-types';
import type { ReviewNotes } from '../../../../../shared/print/review-notes';
import { ProgramDocument } from './ProgramDocument';
import { SessionPlanDocument } from './SessionPlanDocument';

/** What to print: one session plan, or the whole program; with `review`, as a review copy with its notes. */
export type PrintSubject = (
  | { document: 'session'; outline: SessionOutline }
  | { document: 'program'; outline: ProgramOutline }
) & { review?: ReviewNotes };

export type PrintDocumentProps = PrintSubject & { labels: ExportLabels };

/** The document for a subject: the one tree both the preview and the PDF render. */
export function PrintDocument(props: PrintDocumentProps) {
  return props.document === 'program' ? (
    <ProgramDocument outline={props.outline} labels={props.labels} review={props.review} />
  ) : (
    <SessionPlanDocument outline={props.outline} labels={props.labels} review={props.review} />
  );
}
