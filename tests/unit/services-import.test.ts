import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { dispatch } from '../../electron/services/host/dispatch';
import { createHostServices, type HostServices } from '../../electron/services/host/services';
import { writeExchangeFile } from '../../shared/exchange/cotutor-file';
import { readProgram } from '../../shared/model/read';
import { quietLog, temporaryDirectory } from '../integration/fixtures/storage-fixtures';

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

  it('answers "unsupported" for file dialogs where there are none, so the page uses its own', async () => {
    await expect(there.api.files.openImport()).rejects.toMatchObject({ code: 'unsupported' });
  });
});
