import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createHostServices } from '../../electron/services/host/services';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { LOCAL_ORIGIN } from '../../renderer/src/program/origins';
import { ProgramSession } from '../../renderer/src/program/program-session';
import { writeExchangeFile } from '../../shared/exchange/cotutor-file';
import type { ProgramSummary } from '../../shared/host-api/contract';
import { rootOf } from '../../shared/model/layout';
import { servicesHost } from '../support/program-host';
import { callApi, valueOf } from './fixtures/http-client';
import {
  newProgramDocument,
  quietLog,
  temporaryDirectory,
  updatesOf,
} from './fixtures/storage-fixtures';

const notesOf = (review: Y.Doc) => review.getMap<string>('notes');

/**
 * The review document of a program as the renderer reaches it: through the web
 * host's real HTTP routes (the same services the Electron preload calls), with
 * real files in a data folder that outlives each host.
 */
describe('the review document in the local store', () => {
  let directory: { path: string; remove(): Promise<void> };
  let host: WebHost;

  const start = async (): Promise<void> => {
    host = await startWebHost({
      dataDirectory: join(directory.path, 'data'),
      rendererDirectory: join(directory.path, 'renderer'),
      templatesDirectory: join(directory.path, 'templates'),
      log: quietLog,
    });
  };
  const api = (route: string, request: unknown) =>
    callApi(host.url.replace(/\/#token=.*$/, ''), host.token, route, request);
  const call = <T>(route: string, request: unknown): Promise<T> => valueOf<T>(api(route, request));
  const reviewOf = async (id: string): Promise<Y.Doc> => {
    const review = new Y.Doc();
    Y.applyUpdate(review, await call<Uint8Array>('documents/loadReview', { id }));
    return review;
  };
  /**
   * A note in the review document, written as a window sends its changes. The
   * store never looks inside the document, so a plain map stands in for the parts.
   */
  const comment = async (id: string, text: string): Promise<void> => {
    const review = await reviewOf(id);
    const updates = updatesOf(review, () => notesOf(review).set(text, text));
    await call('documents/appendReview', { id, updates });
  };
  const commentsOf = async (id: string): Promise<string[]> =>
    [...notesOf(await reviewOf(id)).keys()].sort();
  const create = (title: string): Promise<ProgramSummary> =>
    call('library/create', { templateId: null, title, startDate: '2026-05-11' });

  beforeEach(async () => {
    directory = await temporaryDirectory('review-document');
    await start();
  });

  afterEach(async () => {
    await host.close();
    await directory.remove();
  });

  it('opens empty for a program that has none, and keeps what is stored across a restart', async () => {
    const program = await create('Action research');
    expect(await commentsOf(program.id)).toEqual([]);
    await comment(program.id, 'Shorten the lead-in');
    await comment(program.id, 'Add a break');
    await host.close();
    await start();
    expect(await commentsOf(program.id)).toEqual(['Add a break', 'Shorten the lead-in']);
    expect(await readdir(join(directory.path, 'data', 'programs'))).toEqual(
      [`${program.id}.review.ydoc`, `${program.id}.ydoc`].sort(),
    );
    // The library lists the program, never its review file.
    expect((await call<ProgramSummary[]>('library/list', undefined)).map((p) => p.id)).toEqual([
      program.id,
    ]);
  });

  it('goes to the trash with its program and comes back with it; a duplicate starts without one', async () => {
    const program = await create('EMI week');
    await comment(program.id, 'Check the timings of day 2');
    await call('library/remove', { id: program.id });
    expect(await readdir(join(directory.path, 'data', 'trash'))).toContain(
      `${program.id}.review.ydoc`,
    );
    const refused = await api('documents/appendReview', {
      id: program.id,
      updates: [Uint8Array.of(0, 0)],
    });
    expect(refused.envelope).toMatchObject({ ok: false, error: { code: 'not-found' } });

    await call('library/restore', { id: program.id });
    expect(await commentsOf(program.id)).toEqual(['Check the timings of day 2']);
    const copy = await call<ProgramSummary>('library/duplicate', { id: program.id });
    expect(await commentsOf(copy.id)).toEqual([]);
  });

  it('takes updates within the bounds of documents.append only', async () => {
    const program = await create('Bounds');
    for (const request of [
      { id: program.id, updates: [] },
      { id: program.id, updates: [new Uint8Array()] },
      { id: 'not-a-program', updates: [Uint8Array.of(0, 0)] },
      { id: program.id, updates: [Uint8Array.of(0, 0)], part: 'review' },
    ]) {
      const answer = await api('documents/appendReview', request);
      expect(answer.envelope, JSON.stringify(request)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    const garbage = await api('documents/appendReview', {
      id: program.id,
      updates: [Uint8Array.of(255, 255, 255, 255, 1)],
    });
    expect(garbage.envelope).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await commentsOf(program.id)).toEqual([]);
  });

  it('comes in a .cotutor file, and a file written before it still imports', async () => {
    const doc = newProgramDocument('From Almaty');
    const review = new Y.Doc();
    notesOf(review).set('Good week', 'Good week');
    const id = rootOf(doc).get('programId') as string;
    await call('library/importProgram', { file: writeExchangeFile(doc, review, new Date()) });
    expect(await commentsOf(id)).toEqual(['Good week']);

    const older = newProgramDocument('From Utrecht');
    const olderId = rootOf(older).get('programId') as string;
    const { 'review.bin': _review, ...entries } = unzipSync(
      writeExchangeFile(older, new Y.Doc(), new Date()),
    );
    expect(Object.keys(entries).sort()).toEqual(['manifest.json', 'state.bin']);
    const imported = await call<ProgramSummary>('library/importProgram', {
      file: zipSync(entries),
    });
    expect(imported).toMatchObject({ id: olderId, title: 'From Utrecht' });
    expect(await commentsOf(olderId)).toEqual([]);
    await comment(olderId, 'Now with a review');
    expect(await commentsOf(olderId)).toEqual(['Now with a review']);
  });
});

describe('an open program’s review document', () => {
  it('is saved with its own saver, counted by the save status, and there again after a reload', async () => {
    const directory = await temporaryDirectory('review-session');
    const start = () =>
      createHostServices({
        dataDirectory: join(directory.path, 'data'),
        templatesDirectory: join(directory.path, 'templates'),
        shell: 'web',
        version: '9.9.9',
        openExternal: async () => undefined,
        log: quietLog,
      });
    let services = await start();
    try {
      const { id } = await services.api.library.create({
        templateId: null,
        title: 'Blended learning',
        startDate: '2026-05-11',
      });
      const session = await ProgramSession.open(servicesHost(services.api), id);
      await session.loadReview();
      session.review.transact(
        () => notesOf(session.review).set('day-3', 'Move the excursion'),
        LOCAL_ORIGIN,
      );
      // Only the review changed: the badge still says it is being saved.
      expect(session.saver.getStatus().state).toBe('saving');
      await session.close();

      await services.close();
      services = await start();
      const reopened = await ProgramSession.open(servicesHost(services.api), id);
      await reopened.loadReview();
      expect(notesOf(reopened.review).toJSON()).toEqual({ 'day-3': 'Move the excursion' });
      expect(reopened.saver.getStatus().state).toBe('saved');
      await reopened.close();
    } finally {
      await services.close();
      await directory.remove();
    }
  });
});
