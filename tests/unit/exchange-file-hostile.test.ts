import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { readExchangeFile, writeExchangeFile } from '../../shared/exchange/cotutor-file';
import type { ExchangeRefusal } from '../../shared/host-api/errors';
import { createProgram } from '../../shared/model/create';
import { blankProgram, newBlock, newDay } from '../../shared/model/defaults';
import { deflated, type HandEntry, handZip } from '../support/hand-zip';
import { mulberry32 } from '../support/random';

/**
 * .cotutor files made by hand to hurt: each must be refused with a clear reason
 * before it takes memory, and a damaged one must never pass as another program.
 */

const NOW = new Date('2026-05-11T09:00:00Z');

function realFile(): Uint8Array {
  const program = blankProgram({ title: 'Exported week' }, 2);
  program.days = [
    newDay({ blocks: [newBlock('workshop', { title: 'Scaffolding in EMI lectures' })] }),
    newDay({ blocks: [newBlock('input', { title: 'The 4Cs framework' })] }),
  ];
  const doc = new Y.Doc();
  createProgram(doc, program);
  const review = new Y.Doc();
  review.getMap('threads').set('t1', 'The school cannot host us before 10:00');
  return writeExchangeFile(doc, review, NOW);
}

function realEntries(): HandEntry[] {
  return Object.entries(unzipSync(realFile())).map(([name, data]) => deflated(name, data));
}

function expectRefused(bytes: Uint8Array, reason: ExchangeRefusal): void {
  const read = readExchangeFile(bytes);
  expect(read.ok ? 'accepted' : read.reason).toBe(reason);
}

/** Bytes taken while `read` runs, at most (arrays and the heap both count). */
function memoryTaken(read: () => void): number {
  const before = process.memoryUsage();
  read();
  const after = process.memoryUsage();
  return after.arrayBuffers - before.arrayBuffers + (after.heapUsed - before.heapUsed);
}

const MEMORY_BOUND = 32 * 1024 * 1024;

describe('.cotutor files made to hurt', () => {
  it('the file this app writes reads back as written', () => {
    expect(readExchangeFile(handZip(realEntries())).ok).toBe(true);
  });

  it('an entry that declares it unpacks to more than a program can hold: refused before inflating', () => {
    const entries = realEntries();
    const bomb = entries.map((entry) =>
      entry.name === 'review.bin' ? { ...entry, size: 65 * 1024 * 1024 } : entry,
    );
    expect(memoryTaken(() => expectRefused(handZip(bomb), 'too-large'))).toBeLessThan(MEMORY_BOUND);
  });

  it('200 entries sharing one packed body of a large state: refused, within the memory bound', () => {
    // 8 MB of zeros, 200 times: 1.6 GB for a reader that inflates what the directory lists.
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const shared = deflated('state.bin', zeros);
    expect(shared.packed.length).toBeLessThan(20 * 1024);
    const entries: HandEntry[] = [
      ...realEntries().filter((entry) => entry.name === 'manifest.json'),
      shared,
      ...Array.from({ length: 199 }, () => ({
        ...shared,
        name: 'state.bin',
        sharesWith: 1,
      })),
    ];
    const file = handZip(entries);
    expect(file.length).toBeLessThan(200 * 1024);
    expect(memoryTaken(() => expectRefused(file, 'not-a-program-file'))).toBeLessThan(MEMORY_BOUND);

    // The same with distinct names, so no name repeats: the shared bytes still refuse it.
    const named = entries.map((entry, index) =>
      index < 2 ? entry : { ...entry, name: `state-${index}.bin` },
    );
    expect(memoryTaken(() => expectRefused(handZip(named), 'not-a-program-file'))).toBeLessThan(
      MEMORY_BOUND,
    );
  });

  it('64 entries each declaring 4 GiB: refused, within the memory bound', () => {
    const entries = Array.from({ length: 64 }, (_, index) => ({
      ...deflated(`part-${index}.bin`, strToU8('x')),
      size: 2 ** 32 - 1,
    }));
    expect(memoryTaken(() => expectRefused(handZip(entries), 'not-a-program-file'))).toBeLessThan(
      MEMORY_BOUND,
    );
    const few = [...realEntries(), ...entries.slice(0, 3)];
    expect(memoryTaken(() => expectRefused(handZip(few), 'too-large'))).toBeLessThan(MEMORY_BOUND);
  });

  it('an entry the format does not have is refused, even a small one', () => {
    const extra = [...realEntries(), deflated('notes.txt', strToU8('see me'))];
    expectRefused(handZip(extra), 'not-a-program-file');
  });

  it('overlapping entries are refused', () => {
    const entries = realEntries();
    // review.bin's directory entry points at state.bin's header and bytes.
    const overlapping = entries.map((entry) =>
      entry.name === 'review.bin'
        ? {
            ...entries.find((other) => other.name === 'state.bin')!,
            name: 'review.bin',
            sharesWith: 1,
          }
        : entry,
    );
    expectRefused(handZip(overlapping), 'not-a-program-file');
  });

  it('a changed byte in a stored entry is found by its CRC-32 and refused as damaged', () => {
    const stored = zipSync(unzipSync(realFile()), { level: 0 });
    const title = strToU8('"Exported week"');
    const at = indexOf(stored, title);
    expect(at).toBeGreaterThan(0);
    stored[at + 1] = 'D'.charCodeAt(0);
    expectRefused(stored, 'damaged');
  });

  it('300 random single-bit flips of a real file: each refused, or the very same program', () => {
    const seed = Number(process.env.COTUTOR_FLIP_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.log(`bit-flip test: seed ${seed} (COTUTOR_FLIP_SEED=${seed} replays it)`);
    const random = mulberry32(seed);
    const original = realFile();
    const read = readExchangeFile(original);
    if (!read.ok) throw new Error(read.reason);
    let accepted = 0;
    for (let trial = 0; trial < 300; trial++) {
      const bytes = original.slice();
      const bit = Math.floor(random() * bytes.length * 8);
      bytes[bit >> 3]! ^= 1 << (bit & 7);
      const flipped = readExchangeFile(bytes);
      if (!flipped.ok) continue;
      accepted++;
      const where = `bit ${bit} (seed ${seed})`;
      expect(flipped.file.manifest, where).toEqual(read.file.manifest);
      expect(flipped.file.state, where).toEqual(read.file.state);
      expect(flipped.file.review, where).toEqual(read.file.review);
    }
    console.log(`bit-flip test: ${accepted} of 300 flips changed nothing the file carries`);
    // Only flips in fields that carry nothing (times, versions, attributes) may pass.
    expect(accepted).toBeLessThan(60);
  });
});

function indexOf(bytes: Uint8Array, part: Uint8Array): number {
  for (let at = 0; at + part.length <= bytes.length; at++) {
    if (part.every((byte, offset) => bytes[at + offset] === byte)) return at;
  }
  return -1;
}
