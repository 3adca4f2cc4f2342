import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { dispatch } from '../../electron/services/host/dispatch';
import { createHostServices, type HostServices } from '../../electron/services/host/services';
import { writeExchangeFile } from '../../shared/exchange/cotutor-file';
import { readProgram } from '../../shared/model/read';
import { quietLog, temporaryDirectory } from '../integration/fixtures/storage-fixtures';
import { deflated, handZip } from '../support/hand-zip';

/** Two computers, each with its own store: a program travels between them as a .cotutor file. */
describe('importing a .cotutor file', () => {
  let directory: { path: string; remove(): Promise<void> };
  let here: HostServices;
  let there: HostServices;

  const open = (name: string) =>
    createHostServices({
      dataDirectory: join(directory.path, name),
      templatesDirectory: join(directory.path, 'no-templates'),
      shell: 'web',
      version: '1.0.0',
      openExternal: async () => undefined,
      log: quietLog,
    });

  beforeEach(async () => {
    directory = await temporaryDirectory('import');
    here = await open('here');
    there = await open('there');
  });

  afterEach(async () => {
    await here.close();
    await there.close();
    await directory.remove();
  });

  async function exportFrom(services: HostServices, id: string): Promise<Uint8Array> {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await services.api.documents.load({ id }));
    const review = new Y.Doc();
    Y.applyUpdate(review, await services.api.documents.loadReview({ id }));
    return writeExchangeFile(doc, review, new Date());
  }

  it('adds a program this computer does not have, whole and under the same id', async () => {
    const created = await here.api.library.create({
      templateId: null,
      title: 'Действие 🎓',
      startDate: '2026-05-11',
    });
    const imported = await there.api.library.importProgram({
      file: await exportFrom(here, created.id),
    });
    expect(imported).toMatchObject({ id: created.id, title: 'Действие 🎓' });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await there.api.documents.load({ id: created.id }));
    expect(readProgram(doc).days).toHaveLength(5);
  });

  it('sends a program that is already here to be merged in its own window', async () => {
    const created = await here.api.library.create({
      templateId: null,
      title: 'Twice',
      startDate: '2026-05-11',
    });
    const file = await exportFrom(here, created.id);
    await expect(here.api.library.importProgram({ file })).rejects.toMatchObject({
      code: 'already-in-library',
    });
    await here.api.library.remove({ id: created.id });
    await expect(here.api.library.importProgram({ file })).rejects.toMatchObject({
      code: 'in-trash',
    });
  });

  it('refuses a damaged file with its reason and changes nothing', async () => {
    const created = await here.api.library.create({
      templateId: null,
      title: 'Whole',
      startDate: '2026-05-11',
    });
    const file = await exportFrom(here, created.id);
    const before = await there.api.library.list();
    const answer = await dispatch(there.api, 'library', 'importProgram', {
      file: file.slice(0, file.length - 20),
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'refused-file', params: { reason: 'not-a-program-file' } },
    });
    expect(await there.api.library.list()).toEqual(before);
  });

  it('refuses each file made to hurt with its reason, and the library and its files stay as they were', async () => {
    const created = await here.api.library.create({
      templateId: null,
      title: 'Hurt week',
      startDate: '2026-05-11',
    });
    const real = await exportFrom(here, created.id);
    const entries = Object.entries(unzipSync(real)).map(([name, data]) => deflated(name, data));
    const zeros = deflated('state.bin', new Uint8Array(8 * 1024 * 1024));
    const stored = zipSync(unzipSync(real), { level: 0 });
    const title = strToU8('"Hurt week"');
    const at = stored.findIndex((_, index) => title.every((byte, k) => stored[index + k] === byte));
    expect(at).toBeGreaterThan(0);
    stored[at + 1] = 'B'.charCodeAt(0);
    const hostile: [what: string, file: Uint8Array, reason: string][] = [
      [
        'an entry declaring more than a program holds',
        handZip(
          entries.map((e) => (e.name === 'review.bin' ? { ...e, size: 65 * 1024 * 1024 } : e)),
        ),
        'too-large',
      ],
      [
        '200 entries sharing one packed body',
        handZip([
          ...entries.filter((entry) => entry.name === 'manifest.json'),
          zeros,
          ...Array.from({ length: 199 }, () => ({ ...zeros, sharesWith: 1 })),
        ]),
        'not-a-program-file',
      ],
      [
        'an entry the format does not have',
        handZip([...entries, deflated('notes.txt', strToU8('see me'))]),
        'not-a-program-file',
      ],
      ['a changed byte in a stored entry', stored, 'damaged'],
    ];
    const folder = (name: string) => readdir(join(directory.path, 'there', name));
    const before = { list: await there.api.library.list(), programs: await folder('programs') };
    for (const [what, file, reason] of hostile) {
      const answer = await dispatch(there.api, 'library', 'importProgram', { file });
      expect(answer, what).toMatchObject({
        ok: false,
        error: { code: 'refused-file', params: { reason } },
      });
    }
    expect(await there.api.library.list()).toEqual(before.list);
    expect(await folder('programs')).toEqual(before.programs);
    // The same file, whole, still comes in: the refusals left nothing in its way.
    await expect(there.api.library.importProgram({ file: real })).resolves.toMatchObject({
      title: 'Hurt week',
    });
  });

  it('answers "unsupported" for file dialogs where there are none, so the page uses its own', async () => {
    await expect(there.api.files.openImport()).rejects.toMatchObject({ code: 'unsupported' });
  });
});
