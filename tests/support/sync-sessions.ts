import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $isElementNode } from 'lexical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { bindEditor } from '../../renderer/src/editor/collab/bind-editor';
import { RICH_TEXT_NODES } from '../../renderer/src/editor/nodes';
import { LOCAL_ORIGIN } from '../../renderer/src/program/origins';
import { ProgramSession } from '../../renderer/src/program/program-session';
import { FieldAwareness } from '../../renderer/src/sync/field-awareness';
import { fieldProvider } from '../../renderer/src/sync/field-provider';
import { announceUser } from '../../renderer/src/sync/presence-state';
import type { ProgramSharing } from '../../shared/host-api/contract';
import { blockOf, richFieldOf } from '../../shared/model/layout';
import { setBlockField } from '../../shared/model/mutations/blocks';
import { readDays, readProgram } from '../../shared/model/read';
import { readRichText } from '../../shared/model/rich-text/decode';
import { richTextToPlain } from '../../shared/model/rich-text/plain';
import { formatInvite } from '../../shared/sync/invite';
import { newRoomKey, waitUntil } from '../integration/fixtures/sync-clients';
import { type MemoryHost, memoryHost, programOf, storedStateOf } from './program-host';

/** A sync server for the client tests: where it listens and how a room gets its key. */
export type ServerUnderTest = {
  url: string;
  register(programId: string, key: string): Promise<void>;
  close(): Promise<void>;
};

const EMPTY_STATE = Y.encodeStateAsUpdate(new Y.Doc());

/** Types at the end of a session plan's "content" field, through an editor bound as the app binds one. */
export function typeInContent(session: ProgramSession, blockId: string, text: string): void {
  const xml = richFieldOf(blockOf(session.doc, blockId)!, 'content')!;
  const editor = createHeadlessEditor({
    nodes: RICH_TEXT_NODES,
    onError: (error) => {
      throw error;
    },
  });
  const fieldId = `${blockId}:content`;
  const provider = fieldProvider(
    session.sync.shared,
    new FieldAwareness(session.awareness, fieldId),
  );
  provider.connect();
  const { binding, dispose } = bindEditor(editor, session.doc, xml, provider, fieldId);
  const untrack = session.trackOrigin(binding);
  editor.update(
    () => {
      const paragraph = $getRoot().getLastChild();
      if ($isElementNode(paragraph)) paragraph.selectEnd().insertText(text);
    },
    { discrete: true },
  );
  untrack();
  dispose();
  provider.disconnect();
}

export const contentOf = (session: ProgramSession, blockId: string): string =>
  richTextToPlain(readRichText(richFieldOf(blockOf(session.doc, blockId)!, 'content')!));

const sameProgram = (a: ProgramSession, b: ProgramSession) =>
  JSON.stringify(readProgram(a.doc)) === JSON.stringify(readProgram(b.doc));

export type SharedPair = {
  a: ProgramSession;
  b: ProgramSession;
  /** What B's window stored: the program's updates and its review document's. */
  bHost: MemoryHost;
  sharing: ProgramSharing;
  blockIds: string[];
};

/**
 * A program shared by A from its content, joined by B from the invite (an empty
 * placeholder): two windows of the app, each with its own store in memory,
 * syncing both documents through the server. Sessions opened go into `open`,
 * for the caller to close.
 */
export async function openSharedByTwo(
  server: ServerUnderTest,
  open: ProgramSession[],
): Promise<SharedPair> {
  const program = programOf(['Planning a CLIL lesson', 'Micro-teaching']);
  const key = newRoomKey();
  await server.register(program.id, key);
  const invite = formatInvite({ server: server.url, programId: program.id, key });
  const sharing: ProgramSharing = {
    serverUrl: server.url,
    key,
    invite,
    keySince: new Date().toISOString(),
    role: 'owner',
  };
  const a = await ProgramSession.open(memoryHost(storedStateOf(program), sharing), program.id);
  open.push(a);
  const bHost = memoryHost(EMPTY_STATE, sharing);
  const b = await ProgramSession.open(bHost, program.id);
  open.push(b);
  // As the window does once the plan is shown: the review document, and its room.
  await Promise.all([a.loadReview(), b.loadReview()]);
  return { a, b, bHost, sharing, blockIds: readDays(a.doc)[0]!.blocks.map((block) => block.id) };
}

/**
 * The app's own client code (ProgramSession with its shared provider, through
 * y-websocket in Node) against a server, in the situations co-tutors meet.
 */
export function describeClientAgainst(name: string, start: () => Promise<ServerUnderTest>): void {
  describe(`the app's sync client through ${name}`, () => {
    let server: ServerUnderTest;
    const open: ProgramSession[] = [];

    beforeEach(async () => {
      server = await start();
    });

    afterEach(async () => {
      await Promise.all(open.splice(0).map((session) => session.close()));
      await server.close();
    });

    const sharedByTwo = () => openSharedByTwo(server, open);

    it('fills a joined placeholder on the first sync, then both show Synced', async () => {
      const { a, b, bHost } = await sharedByTwo();
      expect(b.isAwaitingContent).toBe(true);
      await b.contentArrived;
      expect(b.isAwaitingContent).toBe(false);
      expect(sameProgram(a, b)).toBe(true);
      await waitUntil(
        () =>
          a.sync.tracker.getState().phase === 'synced' &&
          b.sync.tracker.getState().phase === 'synced',
        'both synced',
      );
      // What arrived is stored on B's computer, as any change.
      await b.saver.flush();
      expect(bHost.appended.length).toBeGreaterThan(0);
    });

    it('carries structure and rich text both ways, live', async () => {
      const { a, b, blockIds } = await sharedByTwo();
      const [first, second] = blockIds as [string, string];
      await b.contentArrived;
      setBlockField(a.doc, first, 'durationMin', 75, LOCAL_ORIGIN);
      typeInContent(b, second, 'Pairs teach a ten-minute lesson.');
      await waitUntil(
        () => readDays(b.doc)[0]?.blocks[0]?.durationMin === 75,
        'B sees A’s retiming',
      );
      await waitUntil(
        () => contentOf(a, second) === 'Pairs teach a ten-minute lesson.',
        'A sees B’s text',
      );
    });

    it('merges what both typed while A was offline: nothing lost, nothing duplicated', async () => {
      const { a, b, blockIds } = await sharedByTwo();
      const [first] = blockIds as [string];
      await b.contentArrived;
      await waitUntil(() => a.sync.tracker.getState().phase === 'synced', 'A synced');

      a.sync.setOnline(false);
      expect(a.sync.tracker.getState().phase).toBe('offline');
      typeInContent(a, first, 'Lead-in: a picture. ');
      setBlockField(a.doc, first, 'title', 'Planning a CLIL lesson (revised)', LOCAL_ORIGIN);
      typeInContent(b, first, 'Input: the 4Cs.');
      expect(a.sync.tracker.getState().pending).toBe(2);

      a.sync.setOnline(true);
      await waitUntil(
        () => a.sync.tracker.getState().phase === 'synced' && sameProgram(a, b),
        'both converged',
      );
      expect(a.sync.tracker.getState().pending).toBe(0);
      const text = contentOf(b, first);
      // Both typed at the end of the same paragraph: either order is a correct merge.
      expect(text.split('Lead-in: a picture.')).toHaveLength(2);
      expect(text.split('Input: the 4Cs.')).toHaveLength(2);
      expect(readDays(b.doc)[0]?.blocks.map((block) => block.title)).toEqual([
        'Planning a CLIL lesson (revised)',
        'Micro-teaching',
      ]);
    });

    it('shows each co-tutor to the other, and forgets the one who closes the program', async () => {
      const { a, b } = await sharedByTwo();
      await b.contentArrived;
      announceUser(a.awareness, { name: 'Marieke de Vries', color: '#2f6fde' });
      announceUser(b.awareness, { name: 'Aigerim Sultanova', color: '#0f766e' });
      const unsubscribe = [a.peers.subscribe(() => undefined), b.peers.subscribe(() => undefined)];
      await waitUntil(
        () => b.peers.getPeers().some((peer) => peer.user.name === 'Marieke de Vries'),
        'B sees A',
      );
      await waitUntil(
        () => a.peers.getPeers().some((peer) => peer.user.name === 'Aigerim Sultanova'),
        'A sees B',
      );
      await open.splice(open.indexOf(b), 1)[0]!.close();
      await waitUntil(() => a.peers.getPeers().length === 0, 'A sees B leave');
      unsubscribe.forEach((stop) => stop());
    });
  });
}
