import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { serviceChannel } from '../../electron/services/host/dispatch';
import { createHostServices, type HostServices } from '../../electron/services/host/services';
import type { HostApi, LibraryChange } from '../../shared/host-api/contract';
import { type Envelope, unwrap } from '../../shared/host-api/errors';
import { type HostChannel, proxyOf } from '../../shared/host-api/proxy';
import { fromWire, toWire } from '../../shared/host-api/wire';
import { quietLog, temporaryDirectory } from '../integration/fixtures/storage-fixtures';

/**
 * The in-memory pair: a client proxy and the services' channel, with every
 * request, answer and event passed through the web host's JSON, as HTTP would.
 */
function overTheWire(server: HostChannel<Envelope<unknown>>): HostApi {
  const carry = (value: unknown): unknown =>
    value === undefined ? undefined : fromWire(toWire(value));
  return proxyOf<HostApi>({
    call: async (namespace, method, request) =>
      unwrap((await server.call(namespace, method, carry(request))) as Envelope<unknown>),
    listen: (namespace, event, listener) =>
      server.listen(namespace, event, (payload) => listener(carry(payload))),
  });
}

describe('the contract through one generic proxy', () => {
  let directory: { path: string; remove(): Promise<void> };
  let services: HostServices;
  let client: HostApi;

  beforeEach(async () => {
    directory = await temporaryDirectory('host-call');
    services = await createHostServices({
      dataDirectory: join(directory.path, 'data'),
      templatesDirectory: join(directory.path, 'templates'),
      shell: 'web',
      version: '9.9.9',
      openExternal: async () => undefined,
      log: quietLog,
    });
    client = overTheWire(serviceChannel(services.api));
  });

  afterEach(async () => {
    await services.close();
    await directory.remove();
  });

  it('answers as the services do: create, rename, list, with host errors kept', async () => {
    const created = await client.library.create({
      templateId: null,
      title: 'Week in Pavlodar',
      startDate: '2026-05-11',
    });
    await client.library.rename({ id: created.id, title: 'Week in Astana' });
    expect((await client.library.list()).map((program) => program.title)).toEqual([
      'Week in Astana',
    ]);
    await expect(client.library.rename({ id: created.id, title: '  ' })).rejects.toMatchObject({
      name: 'HostError',
      code: 'invalid-argument',
    });
  });

  it('delivers library changes to a listener on the other side, until it is disposed', async () => {
    const heard: LibraryChange[] = [];
    const stop = client.library.onDidChange((change) => heard.push(change));
    const { id } = await client.library.create({
      templateId: null,
      title: 'Week',
      startDate: '2026-05-11',
    });
    stop();
    await client.library.remove({ id });
    expect(heard).toEqual([{ programId: id }]);
  });

  it('sends only the one request, whatever else a caller passes', async () => {
    const call = vi.fn(async () => ({ ok: true, value: null }) satisfies Envelope<unknown>);
    const proxy = proxyOf<Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>>(
      {
        call,
        listen: () => () => undefined,
      },
    );
    await proxy.library!.rename!({ id: 'x', title: 'y' }, 'a trailing argument');
    expect(call).toHaveBeenCalledExactlyOnceWith('library', 'rename', { id: 'x', title: 'y' });
  });
});

describe('an optional field over HTTP', () => {
  it('left undefined, is absent on arrival and accepted; sent as null, it is refused', async () => {
    const saveExport = vi.fn(async () => ({ saved: true }));
    const services = { files: { saveExport, openImport: vi.fn() } } as unknown as HostApi;
    const client = overTheWire(serviceChannel(services));
    const bytes = new Uint8Array([1, 2, 3]);

    await expect(
      client.files.saveExport({ suggestedName: 'week.cotutor', bytes, reveal: undefined }),
    ).resolves.toEqual({
      saved: true,
    });
    expect(saveExport).toHaveBeenLastCalledWith({ suggestedName: 'week.cotutor', bytes });

    const withNull = { suggestedName: 'week.cotutor', bytes, reveal: null } as unknown as {
      suggestedName: string;
      bytes: Uint8Array;
    };
    await expect(client.files.saveExport(withNull)).rejects.toMatchObject({
      code: 'invalid-argument',
    });
    expect(saveExport).toHaveBeenCalledTimes(1);
  });
});
