import { Paragraph } from 'docx';

import type { ListBlock, RichText } from '../../../../../shared/model/rich-text/types';
import { type TextMark, withNoteMarks } from '../../../../../shared/print/note-marks';
import { headingStyle, type WriterContext } from './context';
import { inlineChildren } from './inline';
import { DEEPEST_LIST_LEVEL, LIST } from './lists';

/**
 * A rich-text field as Word paragraphs. Its headings sit below the heading of the
 * field they are in (`outlineLevel`), so a field's "Heading 1" never outranks the
 * session it belongs to in Word's navigation pane or table of contents. `marks`
 * are a review copy's note numbers, printed after the commented text.
 */
export function richTextParagraphs(
  content: RichText,
  context: WriterContext,
  outlineLevel: number,
  marks: readonly TextMark[] = [],
): Paragraph[] {
  return withNoteMarks(content, marks).flatMap((block): Paragraph[] => {
    switch (block.type) {
      case 'paragraph':
        return [new Paragraph({ children: inlineChildren(block.children) })];
      case 'heading':
        return [
          new Paragraph({
            heading: headingStyle(outlineLevel + block.level),
            children: inlineChildren(block.children),
          }),
        ];
      case 'list':
        return listParagraphs(block, context, 0, undefined);
    }
  });
}

/** Bulleted lists never restart, so they all share one instance of their definition. */
const BULLET_INSTANCE = 0;

/**
 * A list and its nested lists as list paragraphs at their levels. Every numbered
 * list at the top starts a fresh instance, so it counts from 1; a numbered list
 * nested in it stays in the same instance one level down, as Word nests lists
 * itself, and Word restarts that level after each item above it.
 */
function listParagraphs(
  list: ListBlock,
  context: WriterContext,
  level: number,
  numberedInstance: number | undefined,
): Paragraph[] {
  const instance = list.ordered
    ? (numberedInstance ?? context.nextNumberedList())
    : BULLET_INSTANCE;
  const reference = list.ordered ? LIST.numbers : LIST.bullets;
  const numbering = { reference, level: Math.min(level, DEEPEST_LIST_LEVEL), instance };
  const inner = list.ordered ? instance : numberedInstance;
  return list.items.flatMap((item) => [
    new Paragraph({ style: 'ListParagraph', numbering, children: inlineChildren(item.children) }),
    ...(item.sublist === undefined ? [] : listParagraphs(item.sublist, context, level + 1, inner)),
  ]);
}
