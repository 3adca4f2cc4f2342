import { richTextToPlain } from '../../../../../shared/model/rich-text/plain';
import type { ExportLabels } from '../../../../../shared/print/labels';
import type { ProgramOutline } from '../../../../../shared/print/outline-types';
import { Contents } from './Contents';
import { Cover } from './Cover';
import { LearningOutcomes } from './LearningOutcomes';
import { SessionPlan } from './SessionPlanDocument';
import { WeekAtAGlance } from './WeekAtAGlance';

/**
 * The whole program: cover, learning outcomes, contents, the week at a glance,
 * then every session plan in order. Each part starts on a new page.
 */
export function ProgramDocument({
  outline,
  labels,
}: {
  outline: ProgramOutline;
  labels: ExportLabels;
}) {
  const hasOutcomes = richTextToPlain(outline.learningOutcomes).trim() !== '';
  return (
    <div className="print-doc print-doc--program">
      <Cover outline={outline} labels={labels} />
      {hasOutcomes ? <LearningOutcomes outline={outline} labels={labels} /> : null}
      {outline.contents.length === 0 ? null : <Contents outline={outline} labels={labels} />}
      {outline.timetable.length === 0 ? null : (
        <WeekAtAGlance days={outline.timetable} labels={labels} />
      )}
      {outline.sessions.map((session) => (
        <SessionPlan key={session.id} outline={session} level={2} />
      ))}
    </div>
  );
}
