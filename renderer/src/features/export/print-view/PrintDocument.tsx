import type { ExportLabels } from '../../../../../shared/print/labels';
import type {
  AgendaOutline,
  ProgramOutline,
  SessionOutline,
} from '../../../../../shared/print/outline-types';
import type { ReviewNotes } from '../../../../../shared/print/review-notes';
import { AgendaDocument } from './AgendaDocument';
import { ProgramDocument } from './ProgramDocument';
import { SessionPlanDocument } from './SessionPlanDocument';

/**
 * What to print: one session plan, the whole program, or the day agenda; with
 * `review`, as a review copy with its notes (an agenda has none).
 */
export type PrintSubject = (
  | { document: 'session'; outline: SessionOutline }
  | { document: 'program'; outline: ProgramOutline }
  | { document: 'agenda'; outline: AgendaOutline }
) & { review?: ReviewNotes };

export type PrintDocumentProps = PrintSubject & { labels: ExportLabels };

/** The document for a subject: the one tree both the preview and the PDF render. */
export function PrintDocument(props: PrintDocumentProps) {
  switch (props.document) {
    case 'program':
      return (
        <ProgramDocument outline={props.outline} labels={props.labels} review={props.review} />
      );
    case 'agenda':
      return <AgendaDocument outline={props.outline} labels={props.labels} />;
    case 'session':
      return (
        <SessionPlanDocument outline={props.outline} labels={props.labels} review={props.review} />
      );
  }
}
