import { type IconProps, Svg } from '../../components/Svg';

/** The planner's few icons, drawn inline so they take the text colour; all decorative. */

export function GripIcon(props: IconProps) {
  return (
    <Svg {...props}>
      {[4, 8, 12].map((y) => (
        <g key={y} fill="currentColor">
          <circle cx="6" cy={y} r="1.2" />
          <circle cx="10" cy={y} r="1.2" />
        </g>
      ))}
    </Svg>
  );
}

export function MoreIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <g fill="currentColor">
        <circle cx="3.5" cy="8" r="1.4" />
        <circle cx="8" cy="8" r="1.4" />
        <circle cx="12.5" cy="8" r="1.4" />
      </g>
    </Svg>
  );
}

export function PinIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path
        d="M6 2h4l-.6 4 2.1 2.2V9.5H8.7V14L8 14.8 7.3 14V9.5H4.5V8.2L6.6 6z"
        fill="currentColor"
      />
    </Svg>
  );
}

export function PlusIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </Svg>
  );
}

export function ClockIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="5.8" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path
        d="M8 4.8V8l2.2 1.4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
      />
    </Svg>
  );
}

export function WarningIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path
        d="M8 1.8 15 14H1z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
      <path d="M8 6v3.6" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      <circle cx="8" cy="11.8" r="0.9" fill="currentColor" />
    </Svg>
  );
}

export function ChevronIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path
        d="m4 6 4 4 4-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </Svg>
  );
}

export function FlagIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M3.5 1.5v13" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
      <path
        d="M3.5 2.5h8l-2 3 2 3h-8"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
    </Svg>
  );
}
