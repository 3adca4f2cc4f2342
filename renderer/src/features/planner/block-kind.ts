import type { BlockType } from '../../../../shared/model/schema';

/** The colour families of the planner (tokens.css: --type-*), one per kind of activity. */
export type BlockKind =
  'session' | 'input' | 'visit' | 'practice' | 'reflection' | 'plenary' | 'break';

const KIND_OF: Record<BlockType, BlockKind> = {
  workshop: 'session',
  input: 'input',
  visit: 'visit',
  'micro-teaching': 'practice',
  'peer-feedback': 'practice',
  'project-work': 'practice',
  reflection: 'reflection',
  plenary: 'plenary',
  excursion: 'plenary',
  break: 'break',
  lunch: 'break',
};

export function kindOf(type: BlockType): BlockKind {
  return KIND_OF[type];
}
