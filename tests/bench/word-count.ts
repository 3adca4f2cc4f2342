import type { Inline, RichText } from '../../shared/model/rich-text/types';
import { SESSION_RICH_FIELDS } from '../../shared/model/schema';
import type { Program } from '../../shared/model/types';

/** Words as a reader counts them: runs of non-space characters. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

export function richTextWords(rich: RichText): number {
  const inline = (items: readonly Inline[]): number =>
    items.reduce(
      (sum, run) => sum + ('link' in run ? inline(run.children) : countWords(run.text)),
      0,
    );
  return rich.reduce((sum, part) => {
    if (part.type !== 'list') return sum + inline(part.children);
    return sum + part.items.reduce((total, item) => total + inline(item.children), 0);
  }, 0);
}

/** Every word a user wrote: titles, short fields, stages and rich text. */
export function programWords(program: Program): number {
  let words = countWords(program.meta.title) + richTextWords(program.text.learningOutcomes);
  for (const block of program.days.flatMap((day) => day.blocks)) {
    words += [
      block.title,
      block.location,
      block.targetGroup,
      block.workingLanguage,
      block.priorLearning,
      block.nextStep,
      block.prioritisedBarrier,
    ].reduce((sum, value) => sum + countWords(value), 0);
    for (const stage of block.stages)
      words += countWords(
        `${stage.facilitatorActions} ${stage.participantActions} ${stage.resources}`,
      );
    for (const field of SESSION_RICH_FIELDS) words += richTextWords(block.text[field]);
  }
  return words;
}
