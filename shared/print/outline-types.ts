import type { RichText } from '../model/rich-text/types';
import type { SessionRichField } from '../model/schema';
import type { BalanceOutline } from './balance-outline';

/**
 * What an exported session plan or program holds, in reading order, with every
 * label and value already in words. The PDF's print view and the Word writer
 * both lay out these outlines, so the two formats cannot drift apart.
 */

export type Fact = { label: string; value: string };

export type FieldBlock = { id: SessionRichField; label: string; content: RichText };

export type PlanSection = {
  id: 'objectives' | 'fourCs' | 'language' | 'stages' | 'assessment' | 'inclusion' | 'materials';
  title: string;
  /** Plain lines before the fields (the prioritised barrier). */
  facts: Fact[];
  fields: FieldBlock[];
};

export type StageRow = {
  number: string;
  phase: string;
  minutes: string;
  facilitator: string;
  participants: string;
  interaction: string;
  learningType: string;
  resources: string;
};

export type StagesTable = {
  columns: StageRow;
  rows: StageRow[];
  /** "Stages: 85 of 90 minutes". */
  total: string;
};

export type SessionOutline = {
  id: string;
  title: string;
  typeLabel: string;
  /** The title block: program, day, date, time, duration, facilitators, location, CEFR… */
  facts: Fact[];
  sections: PlanSection[];
  /** Null for a session without stages. */
  stages: StagesTable | null;
};

export type TimetableBlock = {
  id: string;
  time: string;
  title: string;
  typeLabel: string;
  facilitators: string;
  isBreak: boolean;
};

export type TimetableDay = { heading: string; date: string; blocks: TimetableBlock[] };

export type ContentsEntry = { id: string; title: string; where: string };

export type ProgramOutline = {
  title: string;
  subtitle: string;
  cover: Fact[];
  coTutors: { name: string; detail: string }[];
  learningOutcomes: RichText;
  contents: ContentsEntry[];
  timetable: TimetableDay[];
  /** The "Balance of the week" page, when the export asks for it. */
  balance?: BalanceOutline;
  sessions: SessionOutline[];
};
