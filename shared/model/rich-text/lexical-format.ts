/**
 * How @lexical/yjs (0.52) lays out an editor's content inside a Y.XmlText, so that
 * the model can create and read content without an editor. Element nodes are
 * embedded Y.XmlText children carrying their properties as attributes; a text node
 * is an embedded Y.Map of its properties followed by its characters in the parent.
 * tests/unit/rich-text.test.ts checks this against a real Lexical binding.
 */

export const TEXT_FORMAT = { bold: 1, italic: 2, underline: 8 } as const;

const ELEMENT_DEFAULTS = {
  __format: 0,
  __style: '',
  __indent: 0,
  __dir: null,
  __textFormat: 0,
  __textStyle: '',
} as const;

export type ElementAttributes = Record<string, string | number | null>;

export function paragraphAttributes(): ElementAttributes {
  return { __type: 'paragraph', ...ELEMENT_DEFAULTS };
}

export function headingAttributes(level: number): ElementAttributes {
  return { __type: 'heading', ...ELEMENT_DEFAULTS, __tag: `h${level}` };
}

export function listAttributes(ordered: boolean): ElementAttributes {
  return {
    __type: 'list',
    ...ELEMENT_DEFAULTS,
    __tag: ordered ? 'ol' : 'ul',
    __start: 1,
    __listType: ordered ? 'number' : 'bullet',
  };
}

export function listItemAttributes(value: number): ElementAttributes {
  return { __type: 'listitem', ...ELEMENT_DEFAULTS, __value: value };
}

export function linkAttributes(url: string): ElementAttributes {
  return {
    __type: 'link',
    ...ELEMENT_DEFAULTS,
    __url: url,
    __target: null,
    __rel: null,
    __title: null,
  };
}

export function textProperties(format: number): Record<string, string | number> {
  return { __type: 'text', __format: format, __style: '', __mode: 0, __detail: 0 };
}

export const LINEBREAK_PROPERTIES = { __type: 'linebreak' } as const;
