import type { ExportLabels } from '../../../../../shared/print/labels';
import type { ProgramOutline } from '../../../../../shared/print/outline-types';
import { contentsTarget } from './anchors';

/**
 * The sessions in order with their day and time, each line a link to its plan.
 * Chromium cannot print the page numbers of other pages (no target-counter()),
 * so each line keeps room at its right for the number, which is written into the
 * PDF once it is printed and the plans' pages are known.
 */
export function Contents({ outline, labels }: { outline: ProgramOutline; labels: ExportLabels }) {
  return (
    <nav className="sheet contents">
      <h2 className="part-title">{labels.sections.contents}</h2>
      <ol className="contents__list">
        {outline.contents.map((entry) => (
          <li key={entry.id} className="contents__entry">
            <a className="contents__link" href={`#${contentsTarget(entry.id)}`}>
              <span className="contents__session">{entry.title}</span>
              <span className="contents__where">{entry.where}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
