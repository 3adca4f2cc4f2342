import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { dispatch } from '../../electron/services/host/dispatch';
import { createHostServices, type HostServices } from '../../electron/services/host/services';
import { methodFileBytes } from '../../shared/method/method-file';
import { methodSchema } from '../../shared/method/schema';
import { quietLog, temporaryDirectory } from '../integration/fixtures/storage-fixtures';

const BUNDLED = join(import.meta.dirname, '../../resources/methods');
const jigsaw = methodSchema.parse(JSON.parse(await readFile(join(BUNDLED, 'jigsaw.json'), 'utf8')));

/** A co-tutor's own methods, kept on this computer through the host's methods service. */
describe('own methods on this computer', () => {
  let directory: { path: string; remove(): Promise<void> };
  let host: HostServices;
  const data = () => join(directory.path, 'data');
  const open = () =>
    createHostServices({
      dataDirectory: data(),
      templatesDirectory: join(directory.path, 'no-templates'),
      methodsDirectory: BUNDLED,
      shell: 'web',
      version: '1.0.0',
      openExternal: async () => undefined,
      log: quietLog,
    });

  beforeEach(async () => {
    directory = await temporaryDirectory('own-methods');
    host = await open();
  });
  afterEach(async () => {
    await host.close();
    await directory.remove();
  });

  it('are kept, listed after a restart and deleted', async () => {
    expect(await host.api.methods.own()).toEqual([]);
    const mine = { ...jigsaw, id: 'jigsaw-for-engineers', name: 'Jigsaw for engineers' };
    const saved = await dispatch(host.api, 'methods', 'saveOwn', { method: mine });
    expect(saved).toEqual({ ok: true, value: mine });
    // Written whole, by a rename: no temporary file is left beside it.
    expect(await readdir(join(data(), 'methods'))).toEqual(['jigsaw-for-engineers.json']);

    await host.close();
    host = await open();
    expect(await host.api.methods.own()).toEqual([mine]);
    // The bundled ones are another list.
    expect((await host.api.methods.bundled()).map((method) => method.id)).toContain('jigsaw');

    await host.api.methods.removeOwn({ id: mine.id });
    expect(await host.api.methods.own()).toEqual([]);
    // Deleting it again (from another window) is no failure.
    await expect(host.api.methods.removeOwn({ id: mine.id })).resolves.toBeUndefined();
  });

  it('replace the one with the same id', async () => {
    await host.api.methods.saveOwn({ method: jigsaw });
    await host.api.methods.saveOwn({ method: { ...jigsaw, name: 'Jigsaw, our way' } });
    expect((await host.api.methods.own()).map((method) => method.name)).toEqual([
      'Jigsaw, our way',
    ]);
  });

  it('refuse an imported file that is not a valid method, and keep nothing of it', async () => {
    const refused = await dispatch(host.api, 'methods', 'saveOwn', {
      method: { ...jigsaw, duration: { min: 5, max: 10 } },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const badId = await dispatch(host.api, 'methods', 'saveOwn', {
      method: { ...jigsaw, id: '../settings' },
    });
    expect(badId).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const badRemove = await dispatch(host.api, 'methods', 'removeOwn', { id: '../library' });
    expect(badRemove).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await host.api.methods.own()).toEqual([]);
  });

  it('leave out a file damaged on disk and list the rest', async () => {
    await host.api.methods.saveOwn({ method: jigsaw });
    await writeFile(join(data(), 'methods', 'broken.json'), '{"format": "cotutor-meth');
    await writeFile(
      join(data(), 'methods', 'copy.json'),
      methodFileBytes({ ...jigsaw, id: 'copy', stages: [] } as never),
    );
    expect((await host.api.methods.own()).map((method) => method.id)).toEqual(['jigsaw']);
  });
});
