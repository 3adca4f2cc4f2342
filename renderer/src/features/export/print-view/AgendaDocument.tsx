import type { ExportLabels } from '../../../../../shared/print/labels';
import type { AgendaDay, AgendaOutline } from '../../../../../shared/print/outline-types';

/**
 * The day agenda: one page a day, to pin on the wall or hand to participants.
 * The day and its date on top, then a row per block with its times, title,
 * room and facilitators, in large type; breaks in a lighter row. No plan
 * details. A day with more blocks is set smaller, so it still fits its page.
 */
export function AgendaDocument({
  outline,
  labels,
}: {
  outline: AgendaOutline;
  labels: ExportLabels;
}) {
  return (
    <div className="print-doc print-doc--agenda">
      {outline.days.map((day, index) => (
        <AgendaPage key={index} day={day} programTitle={outline.title} labels={labels} />
      ))}
    </div>
  );
}

function AgendaPage({
  day,
  programTitle,
  labels,
}: {
  day: AgendaDay;
  programTitle: string;
  labels: ExportLabels;
}) {
  return (
    <section className={`sheet agenda agenda--${agendaDensityOf(day.blocks.length)}`}>
      <p className="agenda__program">{programTitle}</p>
      <h1 className="agenda__day">
        <span className="agenda__day-name">{day.heading}</span>{' '}
        <span className="agenda__date">{day.date}</span>
      </h1>
      <table className="agenda__table">
        <thead>
          <tr>
            <th className="agenda__time" scope="col">
              {labels.facts.time}
            </th>
            <th scope="col">{labels.agenda.session}</th>
            <th className="agenda__where" scope="col">
              {labels.facts.location}
            </th>
            <th className="agenda__who" scope="col">
              {labels.facts.facilitators}
            </th>
          </tr>
        </thead>
        <tbody>
          {day.blocks.map((block) => (
            <tr key={block.id} className={block.isBreak ? 'agenda__row--break' : undefined}>
              <td className="agenda__time">{block.time}</td>
              <td className="agenda__title">{block.title}</td>
              <td className="agenda__where">{block.location}</td>
              <td className="agenda__who">{block.facilitators}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Up to seven blocks print in the largest type; up to eleven smaller, up to
 * sixteen smaller still, which fits a page of A4 or Letter. A longer day runs
 * onto a second page, its column heads repeated.
 */
export function agendaDensityOf(blocks: number): 'roomy' | 'compact' | 'dense' {
  if (blocks <= 7) return 'roomy';
  if (blocks <= 11) return 'compact';
  return 'dense';
}
