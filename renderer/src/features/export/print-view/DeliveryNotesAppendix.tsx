import type { ExportLabels } from '../../../../../shared/print/labels';
import type { DeliveryNotesEntry } from '../../../../../shared/print/outline-types';
import { Heading } from './Heading';

/**
 * The optional last part of a printed program: for each session something was
 * written about after delivery, how it went and what to change next time, so
 * the next run of the module can be planned from the last one.
 */
export function DeliveryNotesAppendix({
  entries,
  labels,
}: {
  entries: readonly DeliveryNotesEntry[];
  labels: ExportLabels;
}) {
  return (
    <section className="sheet delivery-notes-appendix">
      <Heading level={2}>{labels.delivery.title}</Heading>
      <p className="delivery-notes-intro">{labels.delivery.intro}</p>
      {entries.map((entry) => (
        <section key={entry.id} className="delivery-notes-entry">
          <Heading level={3}>{entry.title.trim() === '' ? labels.notSet : entry.title}</Heading>
          <p className="delivery-notes-where">{entry.where}</p>
          <dl className="delivery-notes-facts">
            {entry.facts.map((fact) => (
              <div key={fact.label}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
