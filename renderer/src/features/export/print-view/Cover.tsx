import type { ExportLabels } from '../../../../../shared/print/labels';
import type { ProgramOutline } from '../../../../../shared/print/outline-types';

/**
 * The first page: what the week is, where and when, and who teaches it. It
 * holds only what always fits on one page; the learning outcomes, which can
 * run long, follow on a page of their own.
 */
export function Cover({
  outline,
  labels,
  isReviewCopy = false,
}: {
  outline: ProgramOutline;
  labels: ExportLabels;
  isReviewCopy?: boolean;
}) {
  return (
    <section className="sheet cover">
      {isReviewCopy ? <p className="review-banner">{labels.review.copy}</p> : null}
      <header className="cover__head">
        <p className="cover__theme">{outline.subtitle}</p>
        <h1 className="cover__title">{outline.title}</h1>
      </header>
      <dl className="cover__facts">
        {outline.cover.map((fact) => (
          <div key={fact.label} className="cover__fact">
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {outline.coTutors.length === 0 ? null : (
        <section className="cover__section">
          <h2>{labels.sections.coTutors}</h2>
          <ul className="cover__tutors">
            {outline.coTutors.map((tutor, index) => (
              <li key={index}>
                <span className="cover__tutor-name">{tutor.name}</span>
                {tutor.detail === '' ? null : (
                  <span className="cover__tutor-detail">{tutor.detail}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
