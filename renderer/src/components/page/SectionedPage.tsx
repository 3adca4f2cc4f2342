import './sectioned-page.css';

import type { ReactNode } from 'react';

export type SectionLink = { id: string; label: string };

type Props = {
  /** The accessible name of the list of sections. */
  contentsLabel: string;
  /** Sections to list beside the page; none hides the list. */
  sections: readonly SectionLink[];
  children: ReactNode;
};

/**
 * A long form in panels with a list of its sections beside it, as the session
 * plan and the program settings are. The address fragment holds the route, so
 * the links scroll instead of navigating.
 */
export function SectionedPage({ contentsLabel, sections, children }: Props) {
  return (
    <div className={sections.length > 0 ? 'sectioned-page' : 'sectioned-page without-contents'}>
      {sections.length > 0 ? (
        <nav className="page-contents" aria-label={contentsLabel}>
          <ol>
            {sections.map((section) => (
              <li key={section.id}>
                <a
                  href={`#${section.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    scrollToSection(section.id);
                  }}
                >
                  {section.label}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div className="page-sections">{children}</div>
    </div>
  );
}

/**
 * Puts a section at the top of the page. Sections far from the screen are not
 * drawn (content-visibility in sectioned-page.css) and count with the height
 * they last had, or an estimate, until they come near: a scroll aimed past them
 * lands where the estimates put the section, and a smooth one, whose end is
 * fixed when it starts, ends short of it or beyond as the sections it passes
 * take their real heights. So it jumps, and once the sections around the
 * target are drawn, in the next frame, it jumps again to where the section
 * really is; from then on the browser's scroll anchoring keeps it there.
 */
function scrollToSection(id: string): void {
  const section = document.getElementById(id);
  if (section === null) return;
  section.scrollIntoView({ block: 'start' });
  requestAnimationFrame(() => section.scrollIntoView({ block: 'start' }));
}

type SectionProps = {
  id: string;
  title: string;
  description?: string;
  className?: string;
  children: ReactNode;
};

/** One panel of a sectioned page: a landmark named by its heading. */
export function PageSection({ id, title, description, className, children }: SectionProps) {
  return (
    <section
      id={id}
      className={`panel page-section ${className ?? ''}`}
      aria-labelledby={`${id}-heading`}
    >
      <div className="page-section-header">
        <h2 id={`${id}-heading`}>{title}</h2>
        {description ? <p className="muted">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}
