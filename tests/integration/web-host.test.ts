import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { CONTENT_SECURITY_POLICY } from '../../electron/services/security/csp';
import { MAX_BODY_BYTES } from '../../electron/web-host/api-route';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import type { ProgramSummary } from '../../shared/host-api/contract';
import {
  type ApiAnswer,
  callApi,
  rawRequest,
  type RawResponse,
  valueOf,
} from './fixtures/http-client';
import {
  firstParagraph,
  minimalTemplate,
  quietLog,
  temporaryDirectory,
  typedText,
  typeInto,
  updatesOf,
  writeTemplate,
} from './fixtures/storage-fixtures';

const SECRET = 'SECRET-OUTSIDE-THE-RENDERER';

describe('the web host over HTTP', () => {
  let directory: { path: string; remove(): Promise<void> };
  let host: WebHost;
  let base: string;
  const responses: RawResponse[] = [];

  const api = async (
    route: string,
    request: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiAnswer> => {
    const answer = await callApi(base, host.token, route, request, headers);
    responses.push(answer);
    return answer;
  };
  const get = async (path: string, headers?: Record<string, string>): Promise<RawResponse> => {
    const answer = await rawRequest(base, { path, ...(headers === undefined ? {} : { headers }) });
    responses.push(answer);
    return answer;
  };
  const list = (): Promise<ProgramSummary[]> => valueOf(api('library/list', undefined));
  const load = async (id: string): Promise<Y.Doc> => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await valueOf<Uint8Array>(api('documents/load', { id })));
    return doc;
  };

  beforeAll(async () => {
    directory = await temporaryDirectory('web-host');
    const renderer = join(directory.path, 'renderer');
    await mkdir(join(renderer, 'assets'), { recursive: true });
    await writeFile(
      join(renderer, 'index.html'),
      '<!doctype html><title>Cotutor</title><script src="./assets/app.js"></script>',
    );
    await writeFile(join(renderer, 'assets/app.js'), 'console.log("cotutor");');
    await writeFile(join(renderer, 'assets/app.css'), 'body { margin: 0 }');
    await writeFile(join(directory.path, 'secret.txt'), SECRET);
    await mkdir(join(directory.path, 'templates'));
    await writeTemplate(
      join(directory.path, 'templates'),
      'mini-clil.json',
      minimalTemplate('mini-clil'),
    );
    host = await startWebHost({
      dataDirectory: join(directory.path, 'data'),
      rendererDirectory: renderer,
      templatesDirectory: join(directory.path, 'templates'),
      log: quietLog,
    });
    base = host.url.replace(/\/#token=.*$/, '');
  });

  afterAll(async () => {
    await host.close();
    await directory.remove();
  });

  it('listens on 127.0.0.1 and hands the token over in the URL fragment', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
    expect(host.url.endsWith(`#token=${host.token}`)).toBe(true);
  });

  it('creates, renames, loads and appends through real HTTP', async () => {
    expect(await list()).toEqual([]);
    const created = await valueOf<ProgramSummary>(
      api('library/create', {
        templateId: 'mini-clil',
        title: 'Over HTTP',
        startDate: '2026-05-11',
      }),
    );
    expect(created).toMatchObject({ title: 'Over HTTP', theme: 'clil', days: 1 });
    const renamed = await valueOf<ProgramSummary>(
      api('library/rename', { id: created.id, title: 'Renamed over HTTP' }),
    );
    expect(renamed.title).toBe('Renamed over HTTP');

    const replica = await load(created.id);
    const updates = updatesOf(replica, () => typeInto(firstParagraph(replica), 'Сәлем 👋'));
    expect(await valueOf(api('documents/append', { id: created.id, updates }))).toBeNull();
    expect(typedText(await load(created.id)).endsWith('Сәлем 👋')).toBe(true);
    expect((await list()).map((entry) => entry.title)).toEqual(['Renamed over HTTP']);
    const answer = await api('library/list', undefined);
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('refuses a missing or wrong token with 401', async () => {
    const wrong = await callApi(base, 'x'.repeat(43), 'library/list', undefined);
    expect(wrong.status).toBe(401);
    expect(wrong.envelope).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const missing = await rawRequest(base, {
      method: 'POST',
      path: '/api/library/list',
      body: '',
    });
    expect(missing.status).toBe(401);
    expect((await callApi(base, `${host.token}x`, 'library/list', undefined)).status).toBe(401);
  });

  it('refuses requests addressed to another host name (DNS rebinding) or from another origin', async () => {
    const port = new URL(base).port;
    for (const hostHeader of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1:1`,
      `localhost.evil.example:${port}`,
    ]) {
      expect((await api('library/list', undefined, { Host: hostHeader })).status, hostHeader).toBe(
        403,
      );
      expect((await get('/', { Host: hostHeader })).status, hostHeader).toBe(403);
    }
    expect((await api('library/list', undefined, { Host: `localhost:${port}` })).status).toBe(200);
    expect((await api('library/list', undefined, { Origin: 'http://evil.example' })).status).toBe(
      403,
    );
    expect((await api('library/list', undefined, { Origin: base })).status).toBe(200);
  });

  it('answers unknown methods with 404 and non-POST calls with 405', async () => {
    const unknownMethod = await api('library/explode', undefined);
    expect(unknownMethod.status).toBe(404);
    expect(unknownMethod.envelope).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-argument',
        params: { field: 'method' },
        detail: expect.stringMatching(/Unknown method "library.explode"/),
      },
    });
    expect((await api('system/exec', undefined)).status).toBe(404);
    expect((await api('library/list/extra', undefined)).status).toBe(404);
    expect((await api('library/toString', undefined)).status).toBe(404);
    expect((await api('__proto__/list', [])).status).toBe(404);
    const viaGet = await rawRequest(base, {
      path: '/api/library/list',
      headers: { Authorization: `Bearer ${host.token}` },
    });
    expect(viaGet.status).toBe(405);
    expect(viaGet.headers.allow).toBe('POST');
  });

  it('refuses wrong requests with a clear message and changes nothing', async () => {
    const program = await valueOf<ProgramSummary>(
      api('library/create', { templateId: null, title: 'Untouched', startDate: '2026-05-11' }),
    );
    const before = { list: await list(), state: Y.encodeStateAsUpdate(await load(program.id)) };
    const cases: [string, string, unknown, RegExp][] = [
      ['missing field', 'library/rename', { id: program.id }, /argument title/],
      ['extra field', 'library/rename', { id: program.id, title: 'New', extra: true }, /extra/],
      ['a request to list', 'library/list', { all: true }, /arguments/],
      ['positional arguments', 'library/rename', [program.id, 'New'], /arguments/],
      ['no request at all', 'library/rename', undefined, /arguments/],
      [
        'title of the wrong type',
        'library/rename',
        { id: program.id, title: 42 },
        /argument title/,
      ],
      [
        'title of 501 characters',
        'library/rename',
        { id: program.id, title: 'x'.repeat(501) },
        /at most 500 characters/,
      ],
      ['blank title', 'library/rename', { id: program.id, title: '   ' }, /not empty/],
      [
        'id that is not a uuid',
        'library/rename',
        { id: '../../package', title: 'New' },
        /a program id/,
      ],
      [
        'invalid date',
        'library/create',
        { templateId: null, title: 'X', startDate: '2026-02-30' },
        /yyyy-MM-dd/,
      ],
      [
        'unknown field',
        'library/create',
        { templateId: null, title: 'X', startDate: '2026-05-11', admin: true },
        /admin/,
      ],
      [
        'updates that are not bytes',
        'documents/append',
        { id: program.id, updates: ['AAAA'] },
        /argument updates/,
      ],
      ['no updates', 'documents/append', { id: program.id, updates: [] }, /argument updates/],
      ['settings of the wrong shape', 'settings/update', { userColor: 'red' }, /#rrggbb/],
      ['another user id', 'settings/update', { userId: 'someone-else' }, /userId/],
      [
        'a javascript: link',
        'app/openExternal',
        { url: 'javascript:alert(1)' },
        /http\(s\) or mailto/,
      ],
      [
        'an optional field sent as null',
        'files/saveExport',
        { suggestedName: 'w.pdf', bytes: new Uint8Array([1]), reveal: null },
        /argument reveal/,
      ],
    ];
    for (const [name, route, request, message] of cases) {
      const answer = await api(route, request);
      expect(answer.status, name).toBe(200);
      expect(answer.envelope, name).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
      const text = answer.envelope.ok ? '' : answer.envelope.error.detail;
      expect(text, name).toMatch(/^Refused /);
      expect(text, name).toMatch(message);
    }
    expect(await list()).toEqual(before.list);
    expect(Y.encodeStateAsUpdate(await load(program.id))).toEqual(before.state);
  });

  it('answers malformed bodies with 400 and oversized ones with 413', async () => {
    for (const body of ['{"templateId": null,', 'not json', '{"$bytes": "***"}']) {
      const answer = await api('library/list', body);
      expect(answer.status, body).toBe(400);
      expect(answer.envelope, body).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    const huge = await rawRequest(base, {
      method: 'POST',
      path: '/api/documents/append',
      headers: {
        Authorization: `Bearer ${host.token}`,
        'Content-Length': String(MAX_BODY_BYTES + 1),
      },
    }).catch((error: unknown) => ({ status: -1, headers: {}, body: String(error) }));
    expect(huge.status).toBe(413);
  });

  it('serves the renderer with the right content types', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    // The page is asked for again on every load; the hashed files it names are kept.
    expect(index.headers['cache-control']).toBe('no-cache');
    expect((await get('/assets/app.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(index.body).toContain('<title>Cotutor</title>');
    expect((await get('/assets/app.js')).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/index.html?x=1#y')).status).toBe(200);
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
    const head = await rawRequest(base, { method: 'HEAD', path: '/' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await rawRequest(base, { method: 'DELETE', path: '/' })).status).toBe(405);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of [
      '/../package.json',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/%2E%2E/package.json',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '//../secret.txt',
      '/%00index.html',
      '/%zz',
      `/${join(directory.path, 'secret.txt')}`,
    ]) {
      const answer = await get(path);
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.body, path).not.toContain(SECRET);
      expect(answer.body, path).not.toContain('"devDependencies"');
    }
  });

  it('keeps very long titles and any Unicode exactly', async () => {
    const titles = [
      'Білім беру аптасы: ә ғ қ ң ө ұ ү һ і — Ә Ғ Қ Ң Ө Ұ Ү Һ І',
      'Неделя CLIL в Алматы 🎓📚✨ 👩🏽‍🏫 🇰🇿',
      'ә'.repeat(250) + '🎓'.repeat(125),
      `${'Қ'.repeat(499)}і`,
    ];
    const { id } = await valueOf<ProgramSummary>(
      api('library/create', { templateId: null, title: titles[0], startDate: '2026-05-11' }),
    );
    for (const title of titles) {
      expect(title.length).toBeLessThanOrEqual(500);
      expect((await valueOf<ProgramSummary>(api('library/rename', { id, title }))).title).toBe(
        title,
      );
      expect((await list()).find((entry) => entry.id === id)?.title).toBe(title);
    }
  });

  it('puts the security headers on every response', () => {
    expect(responses.length).toBeGreaterThan(40);
    for (const response of responses) {
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });
});
