import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import {
  observeProgramMethods,
  PROGRAM_METHODS,
  readProgramMethods,
  shareMethod,
  unshareMethod,
} from '../../shared/method/program-methods';
import { methodSchema } from '../../shared/method/schema';

const jigsaw = methodSchema.parse(
  JSON.parse(
    await readFile(join(import.meta.dirname, '../../resources/methods/jigsaw.json'), 'utf8'),
  ),
);

/** Two co-tutors' copies of a program, each change sent to the other as sync does. */
function syncedPair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(b, update, 'remote');
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(a, update, 'remote');
  });
  return [a, b];
}

describe("a program's methods", () => {
  it("reach a co-tutor's copy through sync, and leave it when one is removed", () => {
    const [mine, theirs] = syncedPair();
    let seen = 0;
    const stop = observeProgramMethods(theirs, () => (seen += 1));
    shareMethod(mine, jigsaw, 'local');
    expect(readProgramMethods(theirs)).toEqual([jigsaw]);
    expect(seen).toBe(1);
    unshareMethod(theirs, jigsaw.id, 'local');
    expect(readProgramMethods(mine)).toEqual([]);
    stop();
  });

  it('leave out a value that is not a valid method, or filed under another id, without failing', () => {
    const doc = new Y.Doc();
    const methods = doc.getMap<unknown>(PROGRAM_METHODS);
    methods.set('broken', { format: 'cotutor-method', name: 'Half a method' });
    methods.set('text', 'not even an object');
    methods.set('elsewhere', jigsaw);
    shareMethod(doc, { ...jigsaw, id: 'jigsaw-copy', name: 'Another jigsaw' }, 'local');
    expect(readProgramMethods(doc).map((method) => method.id)).toEqual(['jigsaw-copy']);
  });

  it('refuse to carry a method that is not valid', () => {
    const doc = new Y.Doc();
    expect(() => shareMethod(doc, { ...jigsaw, stages: [] }, 'local')).toThrow();
    expect(doc.getMap(PROGRAM_METHODS).size).toBe(0);
  });
});
