import type {
  Audience,
  BlockType,
  InteractionPattern,
  LearningType,
  SessionRichField,
  StagePhase,
  Theme,
} from '../model/schema';
import type { DurationWords } from '../schedule/duration';

/**
 * Every word an exported document prints, in the language chosen for it. The
 * renderer fills it from its i18n catalog ('export' namespace); shared code
 * never holds user-visible text of its own.
 */
export type ExportLabels = {
  facts: {
    program: string;
    day: string;
    date: string;
    time: string;
    duration: string;
    facilitators: string;
    location: string;
    cefr: string;
    targetGroup: string;
    workingLanguage: string;
    priorLearning: string;
    nextStep: string;
    theme: string;
    dates: string;
    venue: string;
    hostInstitution: string;
    partnerInstitutions: string;
    audience: string;
    participants: string;
    languages: string;
  };
  sections: {
    objectives: string;
    fourCs: string;
    communication: string;
    language: string;
    stages: string;
    assessment: string;
    inclusion: string;
    materials: string;
    coTutors: string;
    learningOutcomes: string;
    contents: string;
    weekAtAGlance: string;
  };
  fields: Record<SessionRichField, string>;
  /** The words of a review copy (an export with the open comments). */
  review: {
    copy: string;
    programNotes: string;
    sessionNotes: string;
    onProgram: string;
    onSession: string;
    learningOutcomes: string;
    quoteGone: string;
    deleted: string;
    unknownAuthor: string;
  };
  /** The day agenda's own words: its name (for the file) and the heading of its session column. */
  agenda: { name: string; session: string };
  /** The appendix of delivery notes, an option of a program's export. */
  delivery: {
    title: string;
    intro: string;
    note: string;
    participants: string;
    changeNextTime: string;
    ranOver: string;
  };
  prioritisedBarrier: string;
  stageColumns: {
    number: string;
    phase: string;
    minutes: string;
    facilitator: string;
    participants: string;
    interaction: string;
    learningType: string;
    resources: string;
  };
  /** "Stages: 1 h 20 min of 1 h 30 min", given both durations as written. */
  stagesTotal: (stages: string, duration: string) => string;
  dayHeading: (day: number) => string;
  /** The words of durations, written by formatDuration as the planner writes them. */
  duration: DurationWords;
  notSet: string;
  /** A session without a CEFR level, in the words the session editor uses. */
  noCefrLevel: string;
  page: string;
  blockTypes: Record<BlockType, string>;
  themes: Record<Theme, string>;
  audiences: Record<Audience, string>;
  phases: Record<StagePhase, string>;
  interactions: Record<InteractionPattern, string>;
  learningTypes: Record<LearningType, string>;
  /** The balance of the week (the 'balance' catalog); its shares written by `percent`. */
  balance: {
    title: string;
    intro: string;
    learningTypes: string;
    perDay: string;
    interactions: string;
    sessionTypes: string;
    learningTypeColumn: string;
    dayColumn: string;
    interactionColumn: string;
    sessionTypeColumn: string;
    minutes: string;
    share: string;
    total: string;
    percent: (share: number) => string;
  };
};

/** Dates in the reader's format, e.g. "Mon 11 May 2026"; given by the caller, who knows the locale. */
export type DateFormat = {
  day: (isoDate: string) => string;
  range: (fromIsoDate: string, toIsoDate: string) => string;
  /** A moment (ms since 1970) with its day and time, e.g. "Mon 11 May 2026, 14:05". */
  moment: (ms: number) => string;
};
