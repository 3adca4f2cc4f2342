import type { ExportLabels, ProgramOutline } from '../../../../../shared/print';

/**
 * The sessions in order with their day and time. Chromium cannot print the
 * page numbers of other pages (no target-counter()); the PDF's bookmarks, made
 * from the headings, take the reader to each session instead.
 */
export function Contents({ outline, labels }: { outline: ProgramOutline; labels: ExportLabels }) {
  return (
    <nav className="sheet contents">
      <h2 className="part-title">{labels.sections.contents}</h2>
      <ol className="contents__list">
        {outline.contents.map((entry) => (
          <li key={entry.id} className="contents__entry">
            <span className="contents__session">{entry.title}</span>
            <span className="contents__where">{entry.where}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
