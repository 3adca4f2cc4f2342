import type { ReactNode } from 'react';

export type IconProps = { className?: string };

/** A 16×16 inline icon that takes the text colour; icons are decorative, their buttons carry the names. */
export function Svg({ className, children }: IconProps & { children: ReactNode }) {
  return (
    <svg
      className={className ?? 'icon'}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
