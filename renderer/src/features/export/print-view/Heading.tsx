import type { ReactNode } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A heading at a computed level: the same session plan is a chapter (h2) in the
 * whole program and the top (h1) alone, and headings written inside a field sit
 * below the field's own label. Real heading levels give the PDF its outline.
 */
export function Heading({
  level,
  className,
  children,
}: {
  level: number;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${clampLevel(level)}` as const;
  return <Tag className={className}>{children}</Tag>;
}

export function clampLevel(level: number): HeadingLevel {
  return Math.min(6, Math.max(1, Math.round(level))) as HeadingLevel;
}
