import type { ExportLabels } from '../../../../../shared/print/labels';
import type { ProgramOutline } from '../../../../../shared/print/outline-types';
import { fieldMarks, type ReviewNote } from '../../../../../shared/print/review-notes';
import { PrintedRichText } from './PrintedRichText';
import { NoteRefs } from './ReviewNotesList';

/** What participants take away from the week, on its own page after the cover. */
export function LearningOutcomes({
  outline,
  labels,
  notes = [],
}: {
  outline: ProgramOutline;
  labels: ExportLabels;
  /** A review copy's notes on the program: those on the outcomes are marked here. */
  notes?: readonly ReviewNote[];
}) {
  const marks = fieldMarks(notes, 'learningOutcomes');
  return (
    <section className="sheet outcomes">
      <h2 className="part-title">
        {labels.sections.learningOutcomes}
        <NoteRefs numbers={marks.heading} />
      </h2>
      <PrintedRichText content={outline.learningOutcomes} headingLevel={3} marks={marks.text} />
    </section>
  );
}
