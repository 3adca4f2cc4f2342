import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { dispatch } from '../../electron/services/host/dispatch';
import { copyTitle } from '../../electron/services/host/library';
import { createHostServices, type HostServices } from '../../electron/services/host/services';
import type { HostApi } from '../../shared/host-api/contract';
import { readProgram } from '../../shared/model/read';
import type { Program } from '../../shared/model/types';
import {
  firstParagraph,
  minimalTemplate,
  quietLog,
  temporaryDirectory,
  typedText,
  typeInto,
  updatesOf,
  writeTemplate,
} from '../integration/fixtures/storage-fixtures';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

function idsOf(program: Program): string[] {
  return [
    program.id,
    ...program.coTutors.map((tutor) => tutor.id),
    ...program.days.flatMap((day) => [
      day.id,
      ...day.blocks.flatMap((block) => [block.id, ...block.stages.map((stage) => stage.id)]),
    ]),
  ];
}

describe('the host services, in process', () => {
  let directory: { path: string; remove(): Promise<void> };
  let host: HostServices;
  let api: HostApi;
  const opened: string[] = [];

  async function start(): Promise<void> {
    host = await createHostServices({
      dataDirectory: join(directory.path, 'data'),
      templatesDirectory: join(directory.path, 'templates'),
      shell: 'web',
      version: '9.9.9',
      openExternal: async (url) => void opened.push(url),
      log: quietLog,
    });
    api = host.api;
  }

  async function documentOf(id: string): Promise<Y.Doc> {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await api.documents.load({ id }));
    return doc;
  }

  beforeEach(async () => {
    directory = await temporaryDirectory('services');
    await mkdir(join(directory.path, 'templates'));
    await writeTemplate(
      join(directory.path, 'templates'),
      'mini-clil.json',
      minimalTemplate('mini-clil'),
    );
    await start();
  });

  afterEach(async () => {
    await host.close();
    await directory.remove();
  });

  it('creates a program from a template and a blank one', async () => {
    expect((await api.library.templates()).map((template) => template.id)).toEqual(['mini-clil']);
    const fromTemplate = await api.library.create({
      templateId: 'mini-clil',
      title: 'Almaty week',
      startDate: '2026-05-11',
    });
    expect(fromTemplate).toMatchObject({
      title: 'Almaty week',
      theme: 'clil',
      venueCity: 'Almaty',
      days: 1,
    });
    const program = readProgram(await documentOf(fromTemplate.id));
    expect(program.days[0]?.blocks.map((block) => block.title)).toEqual([
      'Planning a CLIL lesson',
      'Coffee',
      'Reflection',
    ]);
    expect(program.meta.startDate).toBe('2026-05-11');

    const blank = await api.library.create({
      templateId: null,
      title: 'Blank',
      startDate: '2026-06-01',
    });
    expect(blank).toMatchObject({ title: 'Blank', days: 5, startDate: '2026-06-01' });
    await expect(
      api.library.create({ templateId: 'no-such-template', title: 'X', startDate: '2026-06-01' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('renames inside the document and keeps the change across a restart', async () => {
    const { id } = await api.library.create({
      templateId: null,
      title: 'Before',
      startDate: '2026-05-11',
    });
    const renamed = await api.library.rename({
      id,
      title: 'Апта · Қазақ тілі ә ғ қ ң ө ұ ү һ і 🎓',
    });
    expect(renamed.title).toBe('Апта · Қазақ тілі ә ғ қ ң ө ұ ү һ і 🎓');
    expect(readProgram(await documentOf(id)).meta.title).toBe(renamed.title);
    await host.close();
    await start();
    expect((await api.library.list()).map((entry) => entry.title)).toEqual([renamed.title]);
  });

  it('stores appended updates and loads them back', async () => {
    const { id } = await api.library.create({
      templateId: null,
      title: 'Typing',
      startDate: '2026-05-11',
    });
    const replica = await documentOf(id);
    await api.documents.append({
      id,
      updates: updatesOf(replica, () => typeInto(firstParagraph(replica), 'Сәлем, 世界 👋')),
    });
    await host.close();
    await start();
    expect(typedText(await documentOf(id))).toBe('Сәлем, 世界 👋');
  });

  it('duplicates with new ids and "(copy)" in the title', async () => {
    const original = await api.library.create({
      templateId: 'mini-clil',
      title: 'Original',
      startDate: '2026-05-11',
    });
    const copy = await api.library.duplicate({ id: original.id });
    expect(copy.title).toBe('Original (copy)');
    const [before, after] = [
      readProgram(await documentOf(original.id)),
      readProgram(await documentOf(copy.id)),
    ];
    const shared = idsOf(after).filter((id) => idsOf(before).includes(id));
    expect(shared).toEqual([]);
    expect(after.days[0]?.blocks.map((block) => block.title)).toEqual(
      before.days[0]?.blocks.map((block) => block.title),
    );
    expect(after.days[0]?.blocks[0]?.facilitators).toEqual([after.coTutors[0]?.id]);
    expect(copyTitle('x'.repeat(500))).toHaveLength(500);
    expect(copyTitle(`${'x'.repeat(492)}😀`)).toBe(`${'x'.repeat(492)} (copy)`);
  });

  it('moves programs to the trash and restores them', async () => {
    const { id } = await api.library.create({
      templateId: null,
      title: 'Trashed',
      startDate: '2026-05-11',
    });
    await api.library.remove({ id });
    expect(await api.library.list()).toEqual([]);
    await expect(api.documents.load({ id })).rejects.toMatchObject({ code: 'not-found' });
    expect((await api.library.restore({ id })).title).toBe('Trashed');
    expect((await api.library.list()).map((entry) => entry.id)).toEqual([id]);
  });

  it('answers not-found for unknown programs', async () => {
    for (const call of [
      () => api.documents.load({ id: MISSING_ID }),
      () => api.documents.append({ id: MISSING_ID, updates: [new Uint8Array([0, 0])] }),
      () => api.library.rename({ id: MISSING_ID, title: 'X' }),
      () => api.library.duplicate({ id: MISSING_ID }),
      () => api.library.remove({ id: MISSING_ID }),
      () => api.library.restore({ id: MISSING_ID }),
    ]) {
      await expect(call()).rejects.toMatchObject({
        code: 'not-found',
        detail: expect.stringContaining(MISSING_ID),
      });
    }
  });

  it('lists the most recently changed program first', async () => {
    const created: string[] = [];
    for (const title of ['One', 'Two', 'Three']) {
      created.push(
        (await api.library.create({ templateId: null, title, startDate: '2026-05-11' })).id,
      );
    }
    expect((await api.library.list()).map((entry) => entry.title)).toEqual(['Three', 'Two', 'One']);
    const replica = await documentOf(created[0] ?? '');
    await api.documents.append({
      id: created[0] ?? '',
      updates: updatesOf(replica, () => typeInto(firstParagraph(replica), 'x')),
    });
    expect((await api.library.list()).map((entry) => entry.title)).toEqual(['One', 'Three', 'Two']);
  });

  it('keeps settings, announces each change, and tells which shell it runs in', async () => {
    const announced: string[] = [];
    const stop = api.settings.onDidChange((settings) => announced.push(settings.language));
    expect(await api.settings.get()).toMatchObject({ language: 'system' });
    expect(await api.settings.update({ paperSize: 'letter', language: 'kk' })).toMatchObject({
      paperSize: 'letter',
      language: 'kk',
    });
    expect(announced).toEqual(['kk']);
    stop();
    expect(await api.app.info()).toEqual({
      name: 'Cotutor',
      version: '9.9.9',
      shell: 'web',
      dataDirectory: join(directory.path, 'data'),
      // The web host cannot tell: its page asks the browser.
      systemLanguages: [],
    });
    await api.app.openExternal({ url: 'https://example.org/' });
    expect(opened).toEqual(['https://example.org/']);
  });

  it('refuses bad arguments through dispatch before any service runs', async () => {
    const answer = await dispatch(api, 'library', 'rename', {
      id: MISSING_ID,
      title: 'x'.repeat(501),
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', params: { field: 'title' } },
    });
  });

  it('refuses a home time zone the runtime does not know, and keeps the one before', async () => {
    await api.settings.update({ homeTimeZone: 'Asia/Kolkata' });
    const answer = await dispatch(api, 'settings', 'update', { homeTimeZone: 'Europe/Atlantis' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', params: { field: 'homeTimeZone' } },
    });
    expect(await api.settings.get()).toMatchObject({ homeTimeZone: 'Asia/Kolkata' });
  });

  it('refuses calls after close', async () => {
    await host.close();
    await expect(api.library.list()).rejects.toMatchObject({ code: 'shutting-down' });
    await start();
  });
});
