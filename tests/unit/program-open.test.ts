import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { readProgramEarly } from '../../renderer/src/program/early-read';
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

  it('takes the read started before the app loaded, once, and only for that program', async () => {
    const early = storedStateOf(programOf(['Read as the page started']));
    const later = storedStateOf(programOf(['Read when opened']));
    const host = memoryHost(later);
    readProgramEarly(memoryHost(early), 'program');
    const titles = (session: ProgramSession) =>
      readDays(session.doc).flatMap((day) => day.blocks.map((block) => block.title));

    const first = await ProgramSession.open(host, 'program');
    expect(titles(first)).toEqual(['Read as the page started']);
    await first.close();
    // Reopened (back from the library): what is stored now, not what was read at the start.
    const second = await ProgramSession.open(host, 'program');
    expect(titles(second)).toEqual(['Read when opened']);
    await second.close();

    readProgramEarly(memoryHost(early), 'another program');
    const other = await ProgramSession.open(host, 'program');
    expect(titles(other)).toEqual(['Read when opened']);
    await other.close();
  });
});
