import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { saveStatusText } from '../../renderer/src/app/SaveStatusBadge';
import { describeError } from '../../renderer/src/i18n/describe-error';
import { I18N_OPTIONS } from '../../renderer/src/i18n/i18n';
import { Saver, type SaveStatus } from '../../renderer/src/program/saver';
import { HostError } from '../../shared/host-api/errors';

/**
 * Storage as the host offers it (documents.append): it keeps what it is given,
 * in order, and fails the next `failures` writes, as a full or locked disk does.
 * A write can be held open to act while it is in flight.
 */
class FlakyStorage {
  readonly stored: Uint8Array[] = [];
  readonly attempts: { at: number; size: number; ok: boolean }[] = [];
  failures = 0;
  private held: Promise<void> | null = null;

  readonly append = async (updates: Uint8Array[]): Promise<void> => {
    const held = this.held;
    this.held = null;
    if (held !== null) await held;
    const ok = this.failures === 0;
    this.attempts.push({ at: Date.now(), size: updates.length, ok });
    if (!ok) {
      this.failures -= 1;
      throw new HostError('disk-full', {}, 'ENOSPC: no space left on device');
    }
    this.stored.push(...updates);
  };

  /** Holds the next write open until the returned function is called. */
  holdNextWrite(): () => void {
    let release = () => {};
    this.held = new Promise<void>((resolve) => (release = resolve));
    return release;
  }
}

/** A real document whose every change goes to the saver, as a program session wires it. */
function editedDocument(saver: Saver): {
  doc: Y.Doc;
  pushed: Uint8Array[];
  type: (text: string) => void;
} {
  const doc = new Y.Doc();
  const pushed: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => {
    pushed.push(update);
    saver.push(update);
  });
  const notes = doc.getText('notes');
  return { doc, pushed, type: (text) => notes.insert(notes.length, text) };
}

/** What a fresh window reads back from storage. */
function reopened(stored: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of stored) Y.applyUpdate(doc, update);
  return doc;
}

const i18n = i18next.createInstance();
void i18n.init(I18N_OPTIONS);
const badge = (status: SaveStatus) =>
  saveStatusText(status, i18n.t, (error) => describeError(error, i18n.getFixedT(null, 'errors')));

let storage: FlakyStorage;
let saver: Saver;
let statuses: SaveStatus[];

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  storage = new FlakyStorage();
  saver = new Saver(storage.append);
  statuses = [];
  saver.onStatus((status) => statuses.push(status));
});

afterEach(() => {
  saver.dispose();
  vi.useRealTimers();
});

describe('autosave', () => {
  it('writes the changes of a quarter of a second as one batch, then says all is saved', async () => {
    const { doc, pushed, type } = editedDocument(saver);
    type('Lead-in');
    await vi.advanceTimersByTimeAsync(100);
    type(': expectations wall');
    expect(badge(saver.getStatus())).toBe('Saving…');
    await vi.advanceTimersByTimeAsync(149);
    expect(storage.attempts).toEqual([]);

    await vi.advanceTimersByTimeAsync(1);
    expect(storage.attempts).toEqual([{ at: 250, size: 2, ok: true }]);
    expect(storage.stored).toEqual(pushed);
    expect(reopened(storage.stored).getText('notes').toString()).toBe(
      doc.getText('notes').toString(),
    );
    expect(statuses).toEqual([{ state: 'saving' }, { state: 'saved' }]);
    expect(badge(saver.getStatus())).toBe('All changes saved');
  });

  it('keeps failed batches and retries them with doubling delays, losing and repeating nothing', async () => {
    const { doc, pushed, type } = editedDocument(saver);
    storage.failures = 3;
    type('Welcome');
    await vi.advanceTimersByTimeAsync(250);
    expect(saver.getStatus()).toEqual({
      state: 'error',
      error: expect.objectContaining({ code: 'disk-full' }),
    });
    expect(badge(saver.getStatus())).toBe('Not saved: The disk is full.');

    // Typing goes on while storage fails; it waits behind the first batch.
    type(', introductions');
    await vi.advanceTimersByTimeAsync(600);
    type(' and the aims of the week');
    await vi.advanceTimersByTimeAsync(10_000);

    expect(storage.attempts.map(({ at, ok }) => ({ at, ok }))).toEqual([
      { at: 250, ok: false },
      { at: 750, ok: false },
      { at: 1750, ok: false },
      { at: 3750, ok: true },
    ]);
    // Every change arrived exactly once, in the order it was made.
    expect(storage.stored).toEqual(pushed);
    expect(reopened(storage.stored).getText('notes').toString()).toBe(
      'Welcome, introductions and the aims of the week',
    );
    expect(reopened(storage.stored).getText('notes').toString()).toBe(
      doc.getText('notes').toString(),
    );
    expect(saver.getStatus()).toEqual({ state: 'saved' });
    expect(badge(saver.getStatus())).toBe('All changes saved');
  });

  it('waits at most ten seconds between retries, and starts again from half a second after a success', async () => {
    const { type } = editedDocument(saver);
    storage.failures = 7;
    type('a');
    await vi.advanceTimersByTimeAsync(60_000);
    const gaps = storage.attempts
      .slice(1)
      .map((attempt, index) => attempt.at - (storage.attempts[index]?.at ?? 0));
    expect(gaps).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);

    storage.failures = 1;
    type('b');
    await vi.advanceTimersByTimeAsync(60_000);
    const [failed, retried] = storage.attempts.slice(-2);
    expect(retried!.at - failed!.at).toBe(500);
  });

  it('keeps to its back-off while edits arrive during a failing write', async () => {
    const { pushed, type } = editedDocument(saver);
    storage.failures = 2;
    type('Lead-in');
    const release = storage.holdNextWrite();
    await vi.advanceTimersByTimeAsync(250);
    // The write is in flight; the user goes on typing, then the write fails.
    type(' and input');
    await vi.advanceTimersByTimeAsync(300);
    release();
    await vi.advanceTimersByTimeAsync(0);
    const failedAt = Date.now();
    await vi.advanceTimersByTimeAsync(10_000);

    expect(storage.attempts[1]!.at - failedAt).toBe(500);
    expect(storage.attempts[2]!.at - storage.attempts[1]!.at).toBe(1000);
    expect(storage.stored).toEqual(pushed);
  });

  it('keeps saying that changes are not saved while storage keeps failing, even as typing goes on', async () => {
    const { type } = editedDocument(saver);
    storage.failures = 2;
    type('Lead-in');
    await vi.advanceTimersByTimeAsync(250);
    expect(saver.getStatus().state).toBe('error');
    type(' and input');
    expect(badge(saver.getStatus())).toBe('Not saved: The disk is full.');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(statuses.map((status) => status.state)).toEqual(['saving', 'error', 'error', 'saved']);
  });

  it('writes everything on flush, after a write in flight, in order; and a failing flush says why', async () => {
    const { pushed, type } = editedDocument(saver);
    type('one');
    const release = storage.holdNextWrite();
    await vi.advanceTimersByTimeAsync(250);
    type(' two');
    const flushed = saver.flush();
    release();
    await flushed;
    expect(storage.attempts.map(({ size, ok }) => ({ size, ok }))).toEqual([
      { size: 1, ok: true },
      { size: 1, ok: true },
    ]);
    expect(storage.stored).toEqual(pushed);
    expect(saver.getStatus()).toEqual({ state: 'saved' });

    storage.failures = 1;
    type(' three');
    await expect(saver.flush()).rejects.toMatchObject({ code: 'disk-full' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(storage.stored).toEqual(pushed);
    expect(reopened(storage.stored).getText('notes').toString()).toBe('one two three');
  });
});
