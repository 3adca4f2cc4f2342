import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { readExchangeFile, writeExchangeFile } from '../../shared/exchange/cotutor-file';
import type { ExchangeRefusal } from '../../shared/host-api/errors';
import { createProgram } from '../../shared/model/create';
import { blankProgram, newBlock, newDay } from '../../shared/model/defaults';
import { rootOf } from '../../shared/model/layout';
import { setBlockField } from '../../shared/model/mutations/blocks';
import { readProgram } from '../../shared/model/read';

function programDoc(title = 'Inclusive education, Astana'): Y.Doc {
  const program = blankProgram({ title }, 2);
  program.days = [
    newDay({ blocks: [newBlock('workshop', { title: 'UDL in practice' })] }),
    newDay(),
  ];
  const doc = new Y.Doc();
  createProgram(doc, program);
  return doc;
}

const NOW = new Date('2026-05-11T09:00:00Z');

describe('.cotutor files', () => {
  it('carry a whole program, and merge into another copy as syncing would', () => {
    const original = programDoc('Қазақ тілі 🎓');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(original));
    // Both sides edit while apart.
    const blockId = readProgram(original).days[0]!.blocks[0]!.id;
    setBlockField(original, blockId, 'durationMin', 120, null);
    setBlockField(copy, blockId, 'location', 'Room 2.14', null);

    const read = readExchangeFile(writeExchangeFile(original, new Y.Doc(), NOW));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.manifest).toMatchObject({
      title: 'Қазақ тілі 🎓',
      exportedAt: NOW.toISOString(),
    });
    Y.applyUpdate(copy, read.file.state);
    expect(readProgram(copy).days[0]!.blocks[0]).toMatchObject({
      durationMin: 120,
      location: 'Room 2.14',
    });
  });

  it('refuses random bytes, a truncated file and a foreign zip with a clear reason', () => {
    const bytes = writeExchangeFile(programDoc(), new Y.Doc(), NOW);
    const cases: [string, Uint8Array, ExchangeRefusal][] = [
      ['random bytes', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 'not-a-program-file'],
      ['truncated', bytes.slice(0, Math.floor(bytes.length / 2)), 'not-a-program-file'],
      ['foreign zip', zipSync({ 'readme.txt': strToU8('hello') }), 'no-program'],
      ['empty', new Uint8Array(), 'not-a-program-file'],
    ];
    for (const [name, input, reason] of cases) {
      const read = readExchangeFile(input);
      expect(read.ok, name).toBe(false);
      if (!read.ok) expect(read.reason, name).toBe(reason);
    }
  });

  it('refuses a file whose manifest or state is wrong', () => {
    const doc = programDoc();
    const state = Y.encodeStateAsUpdate(doc);
    const manifest = (fields: Record<string, unknown>) =>
      strToU8(
        JSON.stringify({
          format: 'cotutor-program',
          version: 1,
          programId: rootOf(doc).get('programId'),
          title: 't',
          exportedAt: NOW.toISOString(),
          stateBytes: state.byteLength,
          ...fields,
        }),
      );
    const file = (fields: Record<string, unknown>, body: Uint8Array = state) =>
      zipSync({ 'manifest.json': manifest(fields), 'state.bin': body });

    expect(readExchangeFile(file({ version: 9 }))).toMatchObject({
      ok: false,
      reason: 'newer-version',
    });
    expect(readExchangeFile(file({ format: 'something-else' }))).toMatchObject({
      ok: false,
      reason: 'no-description',
    });
    expect(readExchangeFile(file({ stateBytes: state.byteLength + 1 }))).toMatchObject({
      ok: false,
      reason: 'incomplete',
    });
    expect(readExchangeFile(file({ programId: 'another' }))).toMatchObject({
      ok: false,
      reason: 'mismatch',
    });
    const garbage = new Uint8Array(state.byteLength).fill(7);
    expect(readExchangeFile(file({}, garbage))).toMatchObject({ ok: false, reason: 'unreadable' });
    const notAProgram = Y.encodeStateAsUpdate(new Y.Doc());
    expect(readExchangeFile(file({ stateBytes: notAProgram.byteLength }, notAProgram)).ok).toBe(
      false,
    );
  });

  it('carry the review document, which merges into another copy’s as syncing would', () => {
    const doc = programDoc();
    const review = new Y.Doc();
    review.getMap('notes').set('from-utrecht', 'Shorten day 2');
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(review));
    theirs.getMap('notes').set('from-astana', 'Add a site visit');
    review.getMap('notes').set('from-utrecht', 'Shorten day 2 by an hour');

    const read = readExchangeFile(writeExchangeFile(doc, review, NOW));
    expect(read.ok).toBe(true);
    if (!read.ok || read.file.review === null) throw new Error('no review in the file');
    Y.applyUpdate(theirs, read.file.review);
    expect(theirs.getMap('notes').toJSON()).toEqual({
      'from-utrecht': 'Shorten day 2 by an hour',
      'from-astana': 'Add a site visit',
    });
  });

  it('read a file written before the review document as one without it, and refuse an unreadable review', () => {
    const doc = programDoc();
    const { 'review.bin': review, ...older } = unzipSync(writeExchangeFile(doc, new Y.Doc(), NOW));
    expect(review).toBeDefined();
    const read = readExchangeFile(zipSync(older));
    expect(read).toMatchObject({ ok: true, file: { review: null } });
    expect(
      readExchangeFile(zipSync({ ...older, 'review.bin': new Uint8Array(64).fill(7) })),
    ).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});
