/**
 * A small, editor-independent form of rich text: what templates are written in,
 * what duplication copies and what export reads. It covers exactly what the
 * session-plan editor offers: paragraphs, headings, bulleted and numbered lists,
 * bold, italic, underline and links.
 */

export type TextRun = {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
};

export type LinkRun = {
  link: string;
  children: TextRun[];
};

export type Inline = TextRun | LinkRun;

export type ListItem = {
  children: Inline[];
  /** A list nested under this item. */
  sublist?: ListBlock;
};

export type ListBlock = {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
};

export type ParagraphBlock = { type: 'paragraph'; children: Inline[] };
export type HeadingBlock = { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] };

export type RichBlock = ParagraphBlock | HeadingBlock | ListBlock;
export type RichText = RichBlock[];

export function isLink(inline: Inline): inline is LinkRun {
  return 'link' in inline;
}
