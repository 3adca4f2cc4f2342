import { newId } from './ids';
import type { Program } from './types';

/**
 * The same program under new ids: a duplicate shares nothing with its original,
 * so both can later be shared and synced as separate programs.
 */
export function withFreshIds(program: Program): Program {
  const tutorIds = new Map(program.coTutors.map((tutor) => [tutor.id, newId()]));
  return {
    ...program,
    id: newId(),
    coTutors: program.coTutors.map((tutor) => ({
      ...tutor,
      id: tutorIds.get(tutor.id) ?? newId(),
    })),
    days: program.days.map((day) => ({
      ...day,
      id: newId(),
      blocks: day.blocks.map((block) => ({
        ...block,
        id: newId(),
        facilitators: block.facilitators.flatMap((id) => tutorIds.get(id) ?? []),
        stages: block.stages.map((stage) => ({ ...stage, id: newId() })),
      })),
    })),
  };
}
