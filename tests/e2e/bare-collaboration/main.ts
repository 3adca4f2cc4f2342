/**
 * One Lexical editor bound to a room of the project's sync server by Lexical's
 * own CollaborationPlugin, as its documentation sets it up, with nothing of ours
 * between them: the baseline the co-editing tests compare our binding with.
 * Written with createElement so that the tests' tsconfig (which includes only
 * .ts files) checks it.
 */
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { type InitialConfigType, LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { Provider } from '@lexical/yjs';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

import { RICH_TEXT_NODES } from '../../../renderer/src/editor/nodes';
import { EDITOR_THEME } from '../../../renderer/src/editor/theme';
import { KEY_PARAM } from '../../../shared/sync/room';

/** Set by the test (page.addInitScript) before this script runs. */
export type BareRoom = {
  server: string;
  room: string;
  key: string;
  name: string;
  bootstrap: boolean;
};
const room = (window as { __BARE_ROOM__?: BareRoom }).__BARE_ROOM__;
if (room === undefined) throw new Error('The page was opened without a room.');

const initialConfig: InitialConfigType = {
  namespace: 'bare-collaboration',
  nodes: RICH_TEXT_NODES,
  theme: EDITOR_THEME,
  // The plugin fills the editor from the room.
  editorState: null,
  onError: (error: Error) => {
    throw error;
  },
};

function providerFactory(id: string, docs: Map<string, Y.Doc>): Provider {
  const doc = new Y.Doc();
  docs.set(id, doc);
  const provider = new WebsocketProvider(room!.server, room!.room, doc, {
    connect: false,
    params: { [KEY_PARAM]: room!.key },
    disableBc: true,
  });
  // Lexical types the awareness more narrowly than y-protocols does.
  return provider as unknown as Provider;
}

const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root.');
createRoot(root).render(
  h(
    LexicalCollaboration,
    null,
    h(
      LexicalComposer,
      { initialConfig },
      h(
        'div',
        { className: 'rich-field', style: { position: 'relative' } },
        h(RichTextPlugin, {
          contentEditable: h(ContentEditable, {
            className: 'rich-content',
            role: 'textbox',
            'aria-multiline': true,
            'aria-label': 'Bare field',
          }),
          ErrorBoundary: LexicalErrorBoundary,
        }),
        h(CollaborationPlugin, {
          id: room.room,
          providerFactory,
          shouldBootstrap: room.bootstrap,
          username: room.name,
        }),
      ),
    ),
  ),
);
