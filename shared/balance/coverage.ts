import { inlineText } from '../model/rich-text/plain';
import type { ListBlock, RichText } from '../model/rich-text/types';
import type { SessionRichField } from '../model/schema';
import type { SessionText } from '../model/types';

/**
 * The columns of the coverage grid, each the session-plan fields that fill it.
 * Communication, the second of the 4Cs, is planned as the language triptych
 * (language of, for and through learning), so any of the three counts for it.
 */
export const COVERAGE_COLUMNS = {
  content: ['content'],
  communication: ['languageOfLearning', 'languageForLearning', 'languageThroughLearning'],
  cognition: ['cognition'],
  culture: ['culture'],
  languageObjectives: ['languageObjectives'],
  engagement: ['engagement'],
  representation: ['representation'],
  actionExpression: ['actionExpression'],
  preWork: ['preWork'],
  followUp: ['followUp'],
} as const satisfies Record<string, readonly SessionRichField[]>;

export type CoverageColumn = keyof typeof COVERAGE_COLUMNS;
export const COVERAGE_KEYS = Object.keys(COVERAGE_COLUMNS) as CoverageColumn[];

/** A field counts when it holds text: empty paragraphs, blank lines or empty list items do not. */
export function hasContent(text: SessionText, field: SessionRichField): boolean {
  return richHasText(text[field]);
}

function richHasText(content: RichText): boolean {
  return content.some((block) =>
    block.type === 'list' ? listHasText(block) : inlineText(block.children).trim() !== '',
  );
}

function listHasText(list: ListBlock): boolean {
  return list.items.some(
    (item) =>
      inlineText(item.children).trim() !== '' ||
      (item.sublist !== undefined && listHasText(item.sublist)),
  );
}

export function coveredColumns(text: SessionText): Record<CoverageColumn, boolean> {
  return Object.fromEntries(
    COVERAGE_KEYS.map((column) => [
      column,
      COVERAGE_COLUMNS[column].some((field: SessionRichField) => hasContent(text, field)),
    ]),
  ) as Record<CoverageColumn, boolean>;
}
