import type { ExportLabels } from '../../../../../shared/print/labels';
import type { ProgramOutline } from '../../../../../shared/print/outline-types';
import { PrintedRichText } from './PrintedRichText';

/** What participants take away from the week, on its own page after the cover. */
export function LearningOutcomes({
  outline,
  labels,
}: {
  outline: ProgramOutline;
  labels: ExportLabels;
}) {
  return (
    <section className="sheet outcomes">
      <h2 className="part-title">{labels.sections.learningOutcomes}</h2>
      <PrintedRichText content={outline.learningOutcomes} headingLevel={3} />
    </section>
  );
}
