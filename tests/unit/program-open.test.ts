import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { ProgramSession } from '../../renderer/src/program/program-session';
import { readDays } from '../../shared/model/read';
import { memoryHost, programOf, storedStateOf } from '../support/program-host';

afterEach(() => vi.restoreAllMocks());

describe('opening a program', () => {
  it('decodes the stored state once, without encoding it again as an update', async () => {
    const state = storedStateOf(programOf(['Planning a CLIL lesson', 'Micro-teaching']));
    const emit = vi.spyOn(Y.Doc.prototype, 'emit');
    const host = memoryHost(state);
    const session = await ProgramSession.open(host, 'program');
    try {
      // Yjs encodes a transaction's changes only for 'update' listeners; the load
      // has none, so the whole program is not written out again in the window.
      const updates = emit.mock.calls.filter(([event]) => event === 'update');
      expect(updates).toEqual([]);
      expect(
        readDays(session.doc).flatMap((day) => day.blocks.map((block) => block.title)),
      ).toEqual(['Planning a CLIL lesson', 'Micro-teaching']);
      expect(host.appended).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
