import type { ExportLabels } from '../../../../../shared/print/labels';
import type { ProgramOutline, SessionOutline } from '../../../../../shared/print/outline-types';
import { ProgramDocument } from './ProgramDocument';
import { SessionPlanDocument } from './SessionPlanDocument';

/** What to print: one session plan, or the whole program. */
export type PrintSubject =
  | { document: 'session'; outline: SessionOutline }
  | { document: 'program'; outline: ProgramOutline };

export type PrintDocumentProps = PrintSubject & { labels: ExportLabels };

/** The document for a subject: the one tree both the preview and the PDF render. */
export function PrintDocument(props: PrintDocumentProps) {
  return props.document === 'program' ? (
    <ProgramDocument outline={props.outline} labels={props.labels} />
  ) : (
    <SessionPlanDocument outline={props.outline} />
  );
}
