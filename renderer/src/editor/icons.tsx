import { type IconProps, Svg } from '../components/Svg';

export function BulletListIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <g fill="currentColor">
        <circle cx="3" cy="4" r="1.3" />
        <circle cx="3" cy="8" r="1.3" />
        <circle cx="3" cy="12" r="1.3" />
        <rect x="6" y="3.3" width="8" height="1.4" rx="0.7" />
        <rect x="6" y="7.3" width="8" height="1.4" rx="0.7" />
        <rect x="6" y="11.3" width="8" height="1.4" rx="0.7" />
      </g>
    </Svg>
  );
}

export function NumberListIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <g fill="currentColor">
        <text x="0.5" y="6" fontSize="5.5" fontFamily="sans-serif">
          1
        </text>
        <text x="0.5" y="13" fontSize="5.5" fontFamily="sans-serif">
          2
        </text>
        <rect x="6" y="3.3" width="8" height="1.4" rx="0.7" />
        <rect x="6" y="10.3" width="8" height="1.4" rx="0.7" />
      </g>
    </Svg>
  );
}

export function LinkIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <g fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
        <path d="M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.2-2.2a2.6 2.6 0 0 0-3.7-3.7l-.9.9" />
        <path d="M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.3 9a2.6 2.6 0 0 0 3.7 3.7l.9-.9" />
      </g>
    </Svg>
  );
}
