/**
 * The vocabulary of a training program: every enumerated value a program can hold.
 * The Yjs layout that stores these values is described in docs/file-format.md.
 */

/** Bumped whenever the stored layout changes; see migrate.ts. */
export const SCHEMA_VERSION = 2;

export const SESSION_TYPES = [
  'workshop',
  'input',
  'visit',
  'micro-teaching',
  'peer-feedback',
  'reflection',
  'project-work',
  'plenary',
  'excursion',
] as const;
export const BREAK_TYPES = ['break', 'lunch'] as const;
export const BLOCK_TYPES = [...SESSION_TYPES, ...BREAK_TYPES] as const;
export type BreakType = (typeof BREAK_TYPES)[number];
export type BlockType = (typeof BLOCK_TYPES)[number];

export function isBreakType(type: BlockType): type is BreakType {
  return (BREAK_TYPES as readonly string[]).includes(type);
}

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

export const THEMES = [
  'clil',
  'emi',
  'blended-learning',
  'inclusive-education',
  'action-research',
  'early-career-research',
  'project-management',
  'other',
] as const;
export type Theme = (typeof THEMES)[number];

export const AUDIENCES = ['university', 'secondary', 'primary', 'mixed'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const STAGE_PHASES = ['lead-in', 'input', 'practice', 'application', 'reflection'] as const;
export type StagePhase = (typeof STAGE_PHASES)[number];

export const INTERACTION_PATTERNS = ['individual', 'pairs', 'small-groups', 'whole-group'] as const;
export type InteractionPattern = (typeof INTERACTION_PATTERNS)[number];

/** UCL Learning Designer's six learning types. */
export const LEARNING_TYPES = [
  'acquisition',
  'inquiry',
  'practice',
  'production',
  'discussion',
  'collaboration',
] as const;
export type LearningType = (typeof LEARNING_TYPES)[number];

/**
 * The rich-text fields of a session plan, in the order a plan is read.
 * Each is a Y.XmlText bound to its own Lexical editor.
 */
export const SESSION_RICH_FIELDS = [
  'contentObjectives',
  'languageObjectives',
  'successCriteria',
  'content',
  'languageOfLearning',
  'languageForLearning',
  'languageThroughLearning',
  'cognition',
  'culture',
  'keyVocabulary',
  'scaffolding',
  'assessment',
  'barriers',
  'engagement',
  'representation',
  'actionExpression',
  'materials',
  'preWork',
  'followUp',
  'notes',
] as const;
export type SessionRichField = (typeof SESSION_RICH_FIELDS)[number];

export const PROGRAM_RICH_FIELDS = ['learningOutcomes'] as const;
export type ProgramRichField = (typeof PROGRAM_RICH_FIELDS)[number];

/** Limits that keep a program sane; refused at every boundary. */
export const LIMITS = {
  minutesPerDay: 24 * 60,
  maxDays: 14,
  maxTitleLength: 500,
  maxTextLength: 5000,
  maxParticipants: 10000,
} as const;
