/**
 * The keystroke benchmark's baseline: one Lexical editor with the app's nodes and
 * theme, holding the same text as the app's field, and nothing else (no Yjs, no
 * toolbar, no other fields). Written with createElement so that the tests'
 * tsconfig (which includes only .ts files) checks it.
 */
import { type InitialConfigType, LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';

import { RICH_TEXT_NODES } from '../../../renderer/src/editor/nodes';
import { EDITOR_THEME } from '../../../renderer/src/editor/theme';
import type { RichText } from '../../../shared/model/rich-text/types';
import { $appendRichText } from './content';

/** Set by the benchmark (page.addInitScript) before this script runs. */
const content = (window as { __BARE_CONTENT__?: RichText }).__BARE_CONTENT__ ?? [];
const label = (window as { __BARE_LABEL__?: string }).__BARE_LABEL__ ?? 'Field';

const initialConfig: InitialConfigType = {
  namespace: 'bare-benchmark',
  nodes: RICH_TEXT_NODES,
  theme: EDITOR_THEME,
  editorState: () => $appendRichText(content),
  onError: (error: Error) => {
    throw error;
  },
};

const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root.');
createRoot(root).render(
  h(
    'div',
    { className: 'rich-field' },
    h('span', { className: 'field-label', id: 'bare-label' }, label),
    h(
      LexicalComposer,
      { initialConfig },
      h(RichTextPlugin, {
        contentEditable: h(ContentEditable, {
          className: 'rich-content',
          role: 'textbox',
          'aria-multiline': true,
          'aria-labelledby': 'bare-label',
          spellCheck: true,
        }),
        ErrorBoundary: LexicalErrorBoundary,
      }),
    ),
  ),
);
