import './presence.css';

import type { CSSProperties } from 'react';

import { initialsOf, type PresenceUser } from '../../sync/presence-state';
import { textColorOn } from './presence-user';

type Props = { user: PresenceUser; size?: 'small' | 'normal' };

/**
 * A co-tutor's initials in their colour. A picture only: what holds it names the
 * person (and what they are doing) for screen readers and in its tooltip.
 */
export function Avatar({ user, size = 'normal' }: Props) {
  const style = { '--avatar': user.color, '--on-avatar': textColorOn(user.color) } as CSSProperties;
  return (
    <span
      className={size === 'small' ? 'avatar avatar-small' : 'avatar'}
      style={style}
      aria-hidden="true"
    >
      {initialsOf(user.name)}
    </span>
  );
}
