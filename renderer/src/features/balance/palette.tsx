import type { LearningType } from '../../../../shared/model/schema';
import { LEARNING_TYPES } from '../../../../shared/model/schema';

/**
 * Each learning type has a colour (at least 3:1 against the page, light and dark)
 * and a pattern of its own, so that the stacked bars can be told apart without
 * colour: by the pattern, the legend's words and the table beside them.
 */
export const patternId = (type: LearningType) => `balance-pattern-${type}`;

const PATTERNS: Record<LearningType, string> = {
  acquisition: '',
  inquiry: 'M0 8 L8 0',
  practice: 'M0 4 H8',
  production: 'M4 0 V8',
  discussion: 'M0 0 L8 8 M0 8 L8 0',
  collaboration: 'M2 2 h1 v1 h-1 Z M6 6 h1 v1 h-1 Z',
};

/** The fill of a learning type's bars and swatches: its colour under its pattern. */
export const learningFill = (type: LearningType) => `url(#${patternId(type)})`;

/** Draws nothing: holds the patterns every chart and legend on the page refers to. */
export function LearningPatterns() {
  return (
    <svg className="balance-patterns" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        {LEARNING_TYPES.map((type) => (
          <pattern
            key={type}
            id={patternId(type)}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
          >
            <rect width="8" height="8" fill={`var(--learning-${type})`} />
            {PATTERNS[type] === '' ? null : (
              <path d={PATTERNS[type]} stroke="var(--learning-pattern)" strokeWidth="1.5" />
            )}
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

export function Swatch({ type }: { type: LearningType }) {
  return (
    <svg className="balance-swatch" aria-hidden="true" focusable="false" width="14" height="14">
      <rect width="14" height="14" rx="2" fill={learningFill(type)} />
    </svg>
  );
}
