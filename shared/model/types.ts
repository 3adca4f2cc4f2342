import type { BlockValues } from './records/block';
import type { CoTutor } from './records/co-tutor';
import type { DayValues } from './records/day';
import type { ProgramMeta } from './records/program-meta';
import type { Stage } from './records/stage';
import type { RichText } from './rich-text/types';
import type { ProgramRichField, SessionRichField } from './schema';

export type { CoTutor, ProgramMeta, Stage };

/**
 * The plain view of a program: what templates describe, what duplication copies and
 * what export reads. The Yjs document stays the only stored truth; this is read
 * from it (read.ts) or written into it (create.ts), never kept beside it. The
 * plain fields of each record come from its table in records/.
 */

export type SessionText = Record<SessionRichField, RichText>;

export type Block = { id: string } & BlockValues & {
    /** Ids of the co-tutors who facilitate it. */
    facilitators: string[];
    text: SessionText;
    stages: Stage[];
  };

export type Day = { id: string } & DayValues & { blocks: Block[] };

export type Program = {
  id: string;
  meta: ProgramMeta;
  text: Record<ProgramRichField, RichText>;
  coTutors: CoTutor[];
  days: Day[];
};
