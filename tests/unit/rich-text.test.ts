import { $createListItemNode, $createListNode } from '@lexical/list';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type SerializedEditorState,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { readRichText } from '../../shared/model/rich-text/decode';
import { writeRichText } from '../../shared/model/rich-text/encode';
import { isSafeUrl, normalizeUrl } from '../../shared/model/rich-text/links';
import { markdownToRichText } from '../../shared/model/rich-text/markdown';
import { richTextToPlain } from '../../shared/model/rich-text/plain';
import type { RichText } from '../../shared/model/rich-text/types';
import { headlessField } from '../support/headless-field';

const SAMPLE: RichText = [
  { type: 'heading', level: 2, children: [{ text: 'Language for learning' }] },
  {
    type: 'paragraph',
    children: [
      { text: 'Participants ' },
      { text: 'compare', bold: true },
      { text: ' two ' },
      { text: 'lesson plans', italic: true, underline: true },
      { text: ' from ' },
      {
        link: 'https://www.coe.int/en/web/common-european-framework-reference-languages',
        children: [{ text: 'the CEFR' }],
      },
    ],
  },
  {
    type: 'list',
    ordered: false,
    items: [
      { children: [{ text: 'sentence frames' }] },
      { children: [{ text: 'a glossary in Kazakh: әріп, ғылым' }] },
    ],
  },
  {
    type: 'list',
    ordered: true,
    items: [{ children: [{ text: 'first' }] }, { children: [{ text: 'second' }] }],
  },
];

function fieldDoc(content: RichText): { doc: Y.Doc; xml: Y.XmlText } {
  const doc = new Y.Doc();
  const xml = new Y.XmlText();
  writeRichText(xml, content);
  doc.getMap('fields').set('field', xml);
  return { doc, xml };
}

type Node = {
  type: string;
  tag?: string;
  format?: number;
  text?: string;
  url?: string;
  listType?: string;
  children?: Node[];
};

function editorTree(state: SerializedEditorState): Node[] {
  return (state.root as unknown as Node).children ?? [];
}

describe('rich text in the model', () => {
  it('is read by a Lexical editor bound to the field exactly as written', () => {
    const { doc, xml } = fieldDoc(SAMPLE);
    const field = headlessField(doc, xml);
    const tree = editorTree(field.editor.getEditorState().toJSON());
    field.dispose();

    expect(tree.map((node) => node.type)).toEqual(['heading', 'paragraph', 'list', 'list']);
    expect(tree[0]?.tag).toBe('h2');
    const paragraph = tree[1]?.children ?? [];
    expect(paragraph.find((node) => node.text === 'compare')?.format).toBe(1);
    expect(paragraph.find((node) => node.text === 'lesson plans')?.format).toBe(2 | 8);
    expect(paragraph.find((node) => node.type === 'link')?.url).toContain('coe.int');
    expect(tree[2]?.listType).toBe('bullet');
    expect(tree[3]?.listType).toBe('number');
    expect(tree[2]?.children?.[1]?.children?.[0]?.text).toBe('a glossary in Kazakh: әріп, ғылым');
  });

  it('round-trips through the Yjs layout unchanged', () => {
    const { xml } = fieldDoc(SAMPLE);
    expect(readRichText(xml)).toEqual(SAMPLE);
  });

  it('reads back what an editor typed, and the editor edits content it did not create without duplicating it', () => {
    const { doc, xml } = fieldDoc([{ type: 'paragraph', children: [{ text: 'Existing line' }] }]);
    const field = headlessField(doc, xml);
    field.editor.update(
      () => {
        const bold = $createTextNode('Vocabulary').toggleFormat('bold');
        const list = $createListNode('bullet').append(
          $createListItemNode().append($createTextNode('scaffold')),
          $createListItemNode().append($createTextNode('ғылым 🎓')),
        );
        $getRoot().append($createParagraphNode().append(bold), list);
      },
      { discrete: true },
    );
    field.dispose();

    expect(readRichText(xml)).toEqual([
      { type: 'paragraph', children: [{ text: 'Existing line' }] },
      { type: 'paragraph', children: [{ text: 'Vocabulary', bold: true }] },
      {
        type: 'list',
        ordered: false,
        items: [{ children: [{ text: 'scaffold' }] }, { children: [{ text: 'ғылым 🎓' }] }],
      },
    ]);
  });

  it('binds again after an unbind (as React remounts effects) without duplicating content', () => {
    const { doc, xml } = fieldDoc(SAMPLE);
    const field = headlessField(doc, xml);
    field.dispose();
    const again = headlessField(doc, xml);
    again.editor.update(() => $getRoot().getFirstChildOrThrow().remove(), { discrete: true });
    again.dispose();
    expect(readRichText(xml)).toEqual(SAMPLE.slice(1));
  });

  it('gives an empty field one empty paragraph, so no editor has to create it', () => {
    const { doc, xml } = fieldDoc([]);
    expect(xml.toDelta()).toHaveLength(1);
    expect(readRichText(xml)).toEqual([]);
    const field = headlessField(doc, xml);
    expect(editorTree(field.editor.getEditorState().toJSON()).map((node) => node.type)).toEqual([
      'paragraph',
    ]);
    field.dispose();
  });

  it('keeps line breaks inside a paragraph', () => {
    const { xml } = fieldDoc([{ type: 'paragraph', children: [{ text: 'one\ntwo' }] }]);
    expect(richTextToPlain(readRichText(xml))).toBe('one\ntwo');
  });

  it('drops links that could run code, keeping their words', () => {
    const { xml } = fieldDoc([
      {
        type: 'paragraph',
        children: [{ link: 'javascript:alert(1)', children: [{ text: 'click' }] }],
      },
    ]);
    expect(readRichText(xml)).toEqual([{ type: 'paragraph', children: [{ text: 'click' }] }]);
  });
});

describe('markdown in templates', () => {
  it('converts headings, lists, emphasis and links', () => {
    const content = markdownToRichText(
      '## Objectives\n\nParticipants **explain** the *4Cs*.\n\n- one\n- two with [a link](https://example.org)\n\n1. first\n2. second',
    );
    expect(content).toEqual([
      { type: 'heading', level: 2, children: [{ text: 'Objectives' }] },
      {
        type: 'paragraph',
        children: [
          { text: 'Participants ' },
          { text: 'explain', bold: true },
          { text: ' the ' },
          { text: '4Cs', italic: true },
          { text: '.' },
        ],
      },
      {
        type: 'list',
        ordered: false,
        items: [
          { children: [{ text: 'one' }] },
          {
            children: [
              { text: 'two with ' },
              { link: 'https://example.org', children: [{ text: 'a link' }] },
            ],
          },
        ],
      },
      {
        type: 'list',
        ordered: true,
        items: [{ children: [{ text: 'first' }] }, { children: [{ text: 'second' }] }],
      },
    ]);
  });
});

describe('links', () => {
  it('accepts only web and mail links', () => {
    expect(isSafeUrl('https://iclon.leiden.edu')).toBe(true);
    expect(isSafeUrl('mailto:tutor@example.org')).toBe(true);
    expect(isSafeUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeUrl('file:///etc/passwd')).toBe(false);
    expect(normalizeUrl('example.org/page')).toBe('https://example.org/page');
    expect(normalizeUrl('tutor@example.org')).toBe('mailto:tutor@example.org');
    expect(normalizeUrl('data:text/html,hi')).toBeNull();
  });
});
