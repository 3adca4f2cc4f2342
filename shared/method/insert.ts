import { emptySessionText, newBlock, newStage } from '../model/defaults';
import type { RichText } from '../model/rich-text/types';
import type { Block, Stage } from '../model/types';
import type { Method } from './schema';

/** The minutes a method's stages take: the length of the session it makes. */
export function methodMinutes(method: { stages: readonly { minutes: number }[] }): number {
  return method.stages.reduce((sum, stage) => sum + stage.minutes, 0);
}

/** The method's stages as stages of a session plan, each with an id of its own. */
export function stagesFromMethod(method: Pick<Method, 'stages'>): Stage[] {
  return method.stages.map((stage) =>
    newStage(stage.phase, {
      minutes: stage.minutes,
      facilitatorActions: stage.facilitator,
      participantActions: stage.participants,
      interaction: stage.interaction,
      learningType: stage.learningType,
      resources: stage.resources,
    }),
  );
}

/**
 * A planned session made from a method: its type, its name as the title, as long
 * as its stages take, and what to prepare as a list in the plan's materials.
 */
export function sessionFromMethod(method: Method): Block {
  return newBlock(method.blockType, {
    title: method.name,
    durationMin: methodMinutes(method),
    stages: stagesFromMethod(method),
    text: { ...emptySessionText(), materials: materialsText(method.materials) },
  });
}

function materialsText(materials: readonly string[]): RichText {
  if (materials.length === 0) return [];
  return [
    {
      type: 'list',
      ordered: false,
      items: materials.map((item) => ({ children: [{ text: item }] })),
    },
  ];
}
