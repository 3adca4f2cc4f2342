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

/** One session's delivery notes, in the appendix: what was written after it was delivered. */
export type DeliveryNotesEntry = { id: string; title: string; where: string; facts: Fact[] };

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
  /** Empty unless the export asks for the appendix; only sessions with something written. */
  deliveryNotes: DeliveryNotesEntry[];
};

export type AgendaBlock = {
  id: string;
  /** "09:00–10:30". */
  time: string;
  title: string;
  location: string;
  facilitators: string;
  isBreak: boolean;
};

export type AgendaDay = { heading: string; date: string; blocks: AgendaBlock[] };

/** The day agenda: a page a day with the times, titles, rooms and facilitators, no plan details. */
export type AgendaOutline = { title: string; days: AgendaDay[] };
