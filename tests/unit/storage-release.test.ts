import { readFile } from 'node:fs/promises';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { DEFAULT_COMPACTION } from '../../electron/services/storage/compaction';
import {
  dataPaths,
  ensureDataDirectories,
  programFile,
} from '../../electron/services/storage/data-directory';
import { parseFrameLog } from '../../electron/services/storage/frame-log';
import { ProgramStore } from '../../electron/services/storage/program-store';
import { ReviewStore } from '../../electron/services/storage/review-store';
import { rootOf } from '../../shared/model/layout';
import {
  firstParagraph,
  newProgramDocument,
  quietLog,
  temporaryDirectory,
  typedText,
  typeInto,
  updatesOf,
} from '../integration/fixtures/storage-fixtures';

const RELEASE_MS = 1000;

describe('program documents are let go when no longer used', () => {
  let directory: { path: string; remove(): Promise<void> };
  let store: ProgramStore;
  let id: string;
  /** The renderer's copy, which types and sends its updates. */
  let replica: Y.Doc;

  function openStore(maxFrames = DEFAULT_COMPACTION.maxFrames): ProgramStore {
    return new ProgramStore({
      paths: dataPaths(directory.path),
      compaction: { ...DEFAULT_COMPACTION, maxFrames },
      log: quietLog,
      labelOf: (program) => program,
      releaseAfterMs: RELEASE_MS,
    });
  }

  async function createProgram(): Promise<void> {
    const doc = newProgramDocument();
    id = String(rootOf(doc).get('programId'));
    await store.create(id, doc);
    replica = new Y.Doc();
    Y.applyUpdate(replica, await store.state(id));
  }

  const typed = (characters: string) =>
    updatesOf(replica, () => typeInto(firstParagraph(replica), characters));

  /** What the program reads as from its state, as the renderer loads it. */
  async function loadedText(): Promise<string> {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await store.state(id));
    return typedText(doc);
  }

  beforeEach(async () => {
    directory = await temporaryDirectory('release');
    await ensureDataDirectories(dataPaths(directory.path));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    store = openStore();
  });

  afterEach(async () => {
    vi.useRealTimers();
    await store.close();
    await directory.remove();
  });

  it('after a while without use, and reads the file again, whole, at the next use', async () => {
    await createProgram();
    await store.append(id, typed('Plan the '));
    await store.append(id, typed('micro-teaching'));
    await vi.advanceTimersByTimeAsync(RELEASE_MS - 1);
    expect(store.isLoaded(id)).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.isLoaded(id)).toBe(false);

    expect(await loadedText()).toBe('Plan the micro-teaching');
    expect(store.isLoaded(id)).toBe(true);
    // Appends go on after it was read again, to the end of the same file.
    await store.append(id, typed(' round'));
    expect(await loadedText()).toBe('Plan the micro-teaching round');
  });

  it('only once every use has been followed by the whole wait', async () => {
    await createProgram();
    for (let step = 0; step < 5; step++) {
      await vi.advanceTimersByTimeAsync(RELEASE_MS / 2);
      await store.append(id, typed(String(step)));
    }
    await vi.advanceTimersByTimeAsync(RELEASE_MS - 1);
    expect(store.isLoaded(id)).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.isLoaded(id)).toBe(false);
  });

  it('without losing the writes and the compaction queued before it', async () => {
    store = openStore(3);
    await createProgram();
    // Saves still in flight while the wait runs out: the release queues behind them.
    const saving = Array.from({ length: 8 }, (_, index) => store.append(id, typed(`${index}`)));
    await vi.advanceTimersByTimeAsync(RELEASE_MS);
    await Promise.all(saving);
    // The compaction the saves queued is a use too: the wait starts over after it.
    await vi.waitFor(() => expect(store.isLoaded(id)).toBe(false), {
      timeout: 10_000,
      interval: RELEASE_MS / 4,
    });

    const log = parseFrameLog(await readFile(programFile(dataPaths(directory.path), id)));
    if (!log.ok) throw new Error(log.reason);
    expect(log.updates.length).toBeLessThanOrEqual(3);
    expect(await loadedText()).toBe('01234567');
  });

  it('answers a load with the current state, also after changes since the file was read', async () => {
    await createProgram();
    await store.append(id, typed('Stage one'));
    await vi.advanceTimersByTimeAsync(RELEASE_MS);
    expect(await loadedText()).toBe('Stage one');
    await store.compact(id);
    expect(await loadedText()).toBe('Stage one');
    await store.append(id, typed(', stage two'));
    expect(await loadedText()).toBe('Stage one, stage two');
    await store.change(id, (doc) => typeInto(firstParagraph(doc), '.'));
    expect(await loadedText()).toBe('Stage one, stage two.');
  });

  it('lets a review document go the same way, and reads it again whole', async () => {
    await createProgram();
    const reviews = new ReviewStore({
      paths: dataPaths(directory.path),
      compaction: DEFAULT_COMPACTION,
      log: quietLog,
      labelOf: (program) => program,
      releaseAfterMs: RELEASE_MS,
    });
    const remarks = new Y.Doc();
    const said = updatesOf(remarks, () =>
      remarks.getMap('threads').set('t1', 'The school cannot host us before 10:00'),
    );
    await reviews.append(id, said);
    await vi.advanceTimersByTimeAsync(RELEASE_MS - 1);
    expect(reviews.isLoaded(id)).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(reviews.isLoaded(id)).toBe(false);

    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, await reviews.load(id));
    expect(loaded.getMap('threads').get('t1')).toBe('The school cannot host us before 10:00');
    await reviews.close();
  });
});
