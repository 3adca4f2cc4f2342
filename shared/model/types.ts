import type { RichText } from './rich-text/types';
import type {
  Audience,
  BlockType,
  CefrLevel,
  InteractionPattern,
  LearningType,
  ProgramRichField,
  SessionRichField,
  StagePhase,
  Theme,
} from './schema';

/**
 * The plain view of a program: what templates describe, what duplication copies and
 * what export reads. The Yjs document stays the only stored truth; this is read
 * from it (read.ts) or written into it (create.ts), never kept beside it.
 */

export type CoTutor = {
  id: string;
  name: string;
  institution: string;
  role: string;
};

export type ProgramMeta = {
  title: string;
  theme: Theme;
  hostInstitution: string;
  partnerInstitutions: string[];
  venueCity: string;
  /** ISO date (yyyy-MM-dd) of the first day. */
  startDate: string;
  /** IANA time zone of the venue, e.g. "Asia/Almaty". */
  timeZone: string;
  languages: string[];
  audience: Audience;
  expectedParticipants: number | null;
};

export type Stage = {
  id: string;
  phase: StagePhase;
  minutes: number;
  facilitatorActions: string;
  participantActions: string;
  interaction: InteractionPattern;
  learningType: LearningType;
  resources: string;
};

export type SessionText = Record<SessionRichField, RichText>;

export type Block = {
  id: string;
  type: BlockType;
  title: string;
  durationMin: number;
  /** Minutes after midnight when the block is booked at a fixed time, else null. */
  fixedStart: number | null;
  /** Ids of the co-tutors who facilitate it. */
  facilitators: string[];
  location: string;
  cefr: CefrLevel | null;
  targetGroup: string;
  workingLanguage: string;
  priorLearning: string;
  nextStep: string;
  prioritisedBarrier: string;
  text: SessionText;
  stages: Stage[];
};

export type Day = {
  id: string;
  /** Minutes after midnight. */
  startMin: number;
  plannedEndMin: number;
  blocks: Block[];
};

export type Program = {
  id: string;
  meta: ProgramMeta;
  text: Record<ProgramRichField, RichText>;
  coTutors: CoTutor[];
  days: Day[];
};
