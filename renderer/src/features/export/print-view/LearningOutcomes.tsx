import type { ExportLabels, ProgramOutline } from '../../../../../shared/print';
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
