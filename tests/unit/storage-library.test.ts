import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS, SettingsStore } from '../../electron/services/storage/settings-store';
import { Storage } from '../../electron/services/storage/storage';
import { setMetaField } from '../../shared/model/mutations/program';
import {
  newProgramDocument,
  quietLog,
  temporaryDirectory,
} from '../integration/fixtures/storage-fixtures';

describe('the library index', () => {
  let directory: { path: string; remove(): Promise<void> };
  let storage: Storage;

  beforeEach(async () => {
    directory = await temporaryDirectory('library');
    storage = await Storage.open(directory.path, { log: quietLog });
  });

  afterEach(async () => {
    await storage.close();
    await directory.remove();
  });

  async function reopen(): Promise<void> {
    await storage.close();
    storage = await Storage.open(directory.path, { log: quietLog });
  }

  async function threePrograms(): Promise<string[]> {
    const ids: string[] = [];
    for (const title of ['Alpha', 'Beta', 'Gamma'])
      ids.push((await storage.create(newProgramDocument(title))).id);
    return ids;
  }

  it('lists programs most recently changed first', async () => {
    const [alpha] = await threePrograms();
    expect(storage.list().map((entry) => entry.title)).toEqual(['Gamma', 'Beta', 'Alpha']);
    await storage.change(alpha ?? '', (doc) => setMetaField(doc, 'title', 'Alpha renamed', null));
    expect(storage.list().map((entry) => entry.title)).toEqual(['Alpha renamed', 'Gamma', 'Beta']);
  });

  it('is rebuilt from the program files when library.json is deleted', async () => {
    const [alpha, beta] = await threePrograms();
    await storage.change(alpha ?? '', (doc) => setMetaField(doc, 'title', 'Alpha renamed', null));
    await storage.remove(beta ?? '');
    const expected = storage.list();
    await storage.close();
    await rm(join(directory.path, 'library.json'));
    await reopen();
    expect(
      storage.list().map(({ id, title, days, theme }) => ({ id, title, days, theme })),
    ).toEqual(expected.map(({ id, title, days, theme }) => ({ id, title, days, theme })));
    const restored = await storage.restore(beta ?? '');
    expect(restored.title).toBe('Beta');
    expect(JSON.parse(await readFile(join(directory.path, 'library.json'), 'utf8'))).toMatchObject({
      format: 'cotutor-library',
    });
  });

  it('is rebuilt when library.json is unreadable', async () => {
    await threePrograms();
    await storage.close();
    await writeFile(join(directory.path, 'library.json'), '{"programs": [tru');
    await reopen();
    expect(
      storage
        .list()
        .map((entry) => entry.title)
        .sort(),
    ).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('catches up with changes the index missed before a crash', async () => {
    const [alpha] = await threePrograms();
    await storage.close();
    const stale = await readFile(join(directory.path, 'library.json'), 'utf8');
    storage = await Storage.open(directory.path, { log: quietLog });
    await storage.change(alpha ?? '', (doc) =>
      setMetaField(doc, 'title', 'Changed after the index', null),
    );
    await storage.close();
    // The debounced index write never happened: the old index is what is on disk.
    const old = JSON.parse(stale) as { programs: { updatedAt: string }[] };
    for (const entry of old.programs) entry.updatedAt = '2000-01-01T00:00:00.000Z';
    await writeFile(join(directory.path, 'library.json'), JSON.stringify(old));
    await reopen();
    expect(storage.list().map((entry) => entry.title)).toContain('Changed after the index');
  });

  it('moves removed programs to trash/ and back', async () => {
    const [alpha] = await threePrograms();
    await storage.remove(alpha ?? '');
    expect(await readdir(join(directory.path, 'trash'))).toEqual([`${alpha}.ydoc`]);
    expect(storage.list().map((entry) => entry.title)).not.toContain('Alpha');
    await expect(storage.load(alpha ?? '')).rejects.toMatchObject({ code: 'not-found' });
    await storage.restore(alpha ?? '');
    expect(await readdir(join(directory.path, 'trash'))).toEqual([]);
    expect(storage.list().map((entry) => entry.title)).toContain('Alpha');
  });
});

describe('settings', () => {
  let directory: { path: string; remove(): Promise<void> };
  const file = (): string => join(directory.path, 'settings.json');

  beforeEach(async () => {
    directory = await temporaryDirectory('settings');
  });
  afterEach(async () => directory.remove());

  it('starts from the defaults and keeps updates across restarts', async () => {
    const settings = await SettingsStore.open(file(), quietLog);
    const userId = settings.get().userId;
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, userId });
    await settings.update({ userName: 'Айгерім', appearance: 'dark' });
    const again = await SettingsStore.open(file(), quietLog);
    expect(again.get()).toEqual({
      ...DEFAULT_SETTINGS,
      userId,
      userName: 'Айгерім',
      appearance: 'dark',
    });
  });

  it('gives the user an id once, which no update changes', async () => {
    const settings = await SettingsStore.open(file(), quietLog);
    const userId = settings.get().userId;
    expect(userId).toMatch(/^[0-9a-f-]{36}$/);
    const patch = { userName: 'Jan', userId: 'someone-else' } as { userName: string };
    expect((await settings.update(patch)).userId).toBe(userId);
    expect((await SettingsStore.open(file(), quietLog)).get().userId).toBe(userId);
    const other = await temporaryDirectory('settings-other');
    try {
      const elsewhere = await SettingsStore.open(join(other.path, 'settings.json'), quietLog);
      expect(elsewhere.get().userId).not.toBe(userId);
    } finally {
      await other.remove();
    }
  });

  it('falls back to the defaults for a corrupt file and keeps a copy of it', async () => {
    await writeFile(file(), '{"appearance": "dark", ');
    const settings = await SettingsStore.open(file(), quietLog);
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, userId: settings.get().userId });
    const copies = (await readdir(directory.path)).filter((name) =>
      name.startsWith('settings.json.unreadable-'),
    );
    expect(copies).toHaveLength(1);
    expect(await readFile(join(directory.path, copies[0] ?? ''), 'utf8')).toBe(
      '{"appearance": "dark", ',
    );
  });

  it('replaces only the values that are invalid', async () => {
    await writeFile(
      file(),
      JSON.stringify({ appearance: 'dark', userColor: 'red', paperSize: 'a3', extra: 1 }),
    );
    const settings = await SettingsStore.open(file(), quietLog);
    expect(settings.get()).toEqual({
      ...DEFAULT_SETTINGS,
      userId: settings.get().userId,
      appearance: 'dark',
    });
  });

  it("keeps a home time zone the runtime knows, and falls back to the computer's for any other", async () => {
    await writeFile(
      file(),
      JSON.stringify({ homeTimeZone: 'Europe/Amsterdam', showHomeTimes: true }),
    );
    expect((await SettingsStore.open(file(), quietLog)).get()).toMatchObject({
      homeTimeZone: 'Europe/Amsterdam',
      showHomeTimes: true,
    });
    await writeFile(
      file(),
      JSON.stringify({ homeTimeZone: 'Europe/Atlantis', showHomeTimes: 'yes' }),
    );
    expect((await SettingsStore.open(file(), quietLog)).get()).toMatchObject({
      homeTimeZone: 'system',
      showHomeTimes: false,
    });
  });
});
