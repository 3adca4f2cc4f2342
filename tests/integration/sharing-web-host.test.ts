import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startWebHost, type WebHost } from '../../electron/web-host/server';
import type { ProgramSummary } from '../../shared/host-api/contract';
import { parseInvite } from '../../shared/sync/invite';
import { type ApiAnswer, callApi, valueOf } from './fixtures/http-client';
import { quietLog, temporaryDirectory } from './fixtures/storage-fixtures';

describe('sharing over the web host', () => {
  let directory: { path: string; remove(): Promise<void> };
  let host: WebHost;
  let base: string;
  const api = (route: string, request?: unknown): Promise<ApiAnswer> =>
    callApi(base, host.token, route, request);

  beforeAll(async () => {
    directory = await temporaryDirectory('sharing-web');
    host = await startWebHost({
      dataDirectory: join(directory.path, 'data'),
      rendererDirectory: join(directory.path, 'renderer'),
      templatesDirectory: join(directory.path, 'templates'),
      log: quietLog,
    });
    base = host.url.replace(/\/#token=.*$/, '');
  });

  afterAll(async () => {
    await host.close();
    await directory.remove();
  });

  it('refuses a bad invite and a server that is not ws(s) with invalid-argument, changing nothing', async () => {
    const program = await valueOf<ProgramSummary>(
      api('library/create', { templateId: null, title: 'Over HTTP', startDate: '2026-05-11' }),
    );
    const before = await valueOf<ProgramSummary[]>(api('library/list'));
    const files = await readdir(join(directory.path, 'data'));

    const badInvite = 'cotutor://join/not-a-program?server=ws%3A%2F%2Fx.org&key=short';
    const parsed = parseInvite(badInvite);
    const joined = await api('sharing/join', { invite: badInvite });
    expect(joined.envelope).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        params: { field: 'invite' },
        detail: parsed.ok ? '' : parsed.error,
      },
    });

    for (const server of ['https://sync.example.org', 'ftp://sync.example.org', 'not a url']) {
      const shared = await api('sharing/share', { id: program.id, serverUrl: server });
      expect(shared.envelope).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }

    expect(await valueOf(api('sharing/get', { id: program.id }))).toBeNull();
    expect(await valueOf(api('library/list'))).toEqual(before);
    expect(await readdir(join(directory.path, 'data'))).toEqual(files);
  });
});
