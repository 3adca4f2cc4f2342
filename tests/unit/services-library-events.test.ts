import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createHostServices, type HostServices } from '../../electron/services/host/services';
import type { HostApi, LibraryChange } from '../../shared/host-api/contract';
import { setDayCount, setMetaField } from '../../shared/model/mutations/program';
import {
  firstParagraph,
  quietLog,
  temporaryDirectory,
  typeInto,
  updatesOf,
} from '../integration/fixtures/storage-fixtures';

const CO_TUTOR = 'co-tutor';

describe('library changes announced by the host', () => {
  let directory: { path: string; remove(): Promise<void> };
  let host: HostServices;
  let api: HostApi;
  let heard: LibraryChange[];
  let stop: () => void;

  beforeEach(async () => {
    directory = await temporaryDirectory('library-events');
    host = await createHostServices({
      dataDirectory: join(directory.path, 'data'),
      templatesDirectory: join(directory.path, 'templates'),
      shell: 'web',
      version: '9.9.9',
      openExternal: async () => undefined,
      log: quietLog,
    });
    api = host.api;
    heard = [];
    stop = api.library.onDidChange((change) => heard.push(change));
  });

  afterEach(async () => {
    stop();
    await host.close();
    await directory.remove();
  });

  const create = (title: string) =>
    api.library.create({ templateId: null, title, startDate: '2026-05-11' });

  async function replicaOf(id: string): Promise<Y.Doc> {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await api.documents.load({ id }));
    return doc;
  }

  it('after each change made from the library: create, rename, duplicate, delete, restore', async () => {
    const { id } = await create('Week in Pavlodar');
    await api.library.rename({ id, title: 'Week in Astana' });
    const copy = await api.library.duplicate({ id });
    await api.library.remove({ id });
    await api.library.restore({ id });
    expect(heard).toEqual([
      { programId: id },
      { programId: id },
      { programId: copy.id },
      { programId: id },
      { programId: id },
    ]);
  });

  it('when a co-tutor renames the program through sync, and its updates are saved here', async () => {
    const { id } = await create('Week in Pavlodar');
    const coTutors = await replicaOf(id);
    heard = [];
    await api.documents.append({
      id,
      updates: updatesOf(coTutors, () =>
        setMetaField(coTutors, 'title', 'Week in Astana', CO_TUTOR),
      ),
    });
    expect(heard).toEqual([{ programId: id }]);
    expect((await api.library.list()).map((program) => program.title)).toEqual(['Week in Astana']);
  });

  it('when a co-tutor changes the dates, venue, theme or number of days through sync', async () => {
    const { id } = await create('Week in Pavlodar');
    const coTutors = await replicaOf(id);
    const save = (change: () => void) =>
      api.documents.append({ id, updates: updatesOf(coTutors, change) });
    heard = [];
    await save(() => setMetaField(coTutors, 'startDate', '2026-09-14', CO_TUTOR));
    await save(() => setMetaField(coTutors, 'venueCity', 'Astana', CO_TUTOR));
    await save(() => setMetaField(coTutors, 'theme', 'emi', CO_TUTOR));
    await save(() => setDayCount(coTutors, 3, CO_TUTOR));
    expect(heard).toEqual(Array.from({ length: 4 }, () => ({ programId: id })));
    const [listed] = await api.library.list();
    expect(listed).toMatchObject({
      startDate: '2026-09-14',
      venueCity: 'Astana',
      theme: 'emi',
      days: 3,
    });
  });

  it('not for edits the library does not show, so typing does not re-read it', async () => {
    const { id } = await create('Week in Pavlodar');
    const replica = await replicaOf(id);
    heard = [];
    await api.documents.append({
      id,
      updates: updatesOf(replica, () => typeInto(firstParagraph(replica), 'Hello')),
    });
    expect(heard).toEqual([]);
  });

  it('not for a failed change, and no more once the listener is disposed', async () => {
    const { id } = await create('Week in Pavlodar');
    heard = [];
    await expect(
      api.library.rename({ id: '00000000-0000-4000-8000-000000000000', title: 'X' }),
    ).rejects.toThrow();
    stop();
    await api.library.rename({ id, title: 'Unheard' });
    expect(heard).toEqual([]);
  });

  it('to every listener, even when one of them throws', async () => {
    const others: LibraryChange[] = [];
    const stopFailing = api.library.onDidChange(() => {
      throw new Error('a closed window');
    });
    const stopOther = api.library.onDidChange((change) => others.push(change));
    const { id } = await create('Week in Pavlodar');
    expect(others).toEqual([{ programId: id }]);
    stopFailing();
    stopOther();
  });
});
