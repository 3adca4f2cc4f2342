import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { restoreProgram, restoreSession } from '../../shared/history/restore';
import { createProgram } from '../../shared/model/create';
import {
  blankProgram,
  emptySessionText,
  newBlock,
  newDay,
  newStage,
} from '../../shared/model/defaults';
import { programProblems } from '../../shared/model/invariants';
import { blockOf, richFieldOf, rootOf } from '../../shared/model/layout';
import {
  addBlock,
  deleteBlock,
  moveBlock,
  setBlockField,
} from '../../shared/model/mutations/blocks';
import { setDayCount, setMetaField } from '../../shared/model/mutations/program';
import { addStage } from '../../shared/model/mutations/stages';
import { readDays, readProgram } from '../../shared/model/read';
import type { Program } from '../../shared/model/types';

const LOCAL = Symbol('local');
const para = (text: string) => [{ type: 'paragraph' as const, children: [{ text }] }];

function program(): Program {
  const base = blankProgram({ title: 'CLIL week' }, 3);
  base.days = [
    newDay({
      blocks: [
        newBlock('workshop', {
          title: 'Opening',
          text: { ...emptySessionText(), contentObjectives: para('Participants plan a lesson') },
          stages: [newStage('lead-in', { minutes: 15 })],
        }),
        newBlock('break'),
        newBlock('input', {
          title: 'Scaffolding',
          text: { ...emptySessionText(), notes: para('Bring cards') },
        }),
      ],
    }),
    newDay({ blocks: [newBlock('visit', { title: 'School visit' })] }),
    newDay({ blocks: [newBlock('reflection', { title: 'Looking back' })] }),
  ];
  return base;
}

/** A live replica: GC on, as in the app. */
function liveDoc(): Y.Doc {
  const doc = new Y.Doc();
  createProgram(doc, program());
  return doc;
}

function versionOf(doc: Y.Doc): Y.Doc {
  const version = new Y.Doc();
  Y.applyUpdate(version, Y.encodeStateAsUpdate(doc));
  return version;
}

const idOf = (doc: Y.Doc, title: string) =>
  readDays(doc)
    .flatMap((day) => day.blocks)
    .find((block) => block.title === title)!.id;

/** Types at the end of a field's first paragraph, as an editor does. */
function typeAtEnd(
  doc: Y.Doc,
  blockId: string,
  field: 'notes' | 'contentObjectives',
  text: string,
) {
  const xml = richFieldOf(blockOf(doc, blockId)!, field)!;
  const paragraph = xml.toDelta()[0].insert as Y.XmlText;
  doc.transact(() => paragraph.insert(paragraph.length, text), LOCAL);
}

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

function editALot(doc: Y.Doc) {
  const [day1, day2] = readDays(doc);
  setMetaField(doc, 'title', 'EMI week', LOCAL);
  deleteBlock(doc, idOf(doc, 'Opening'), LOCAL);
  setBlockField(doc, idOf(doc, 'Scaffolding'), 'durationMin', 45, LOCAL);
  typeAtEnd(doc, idOf(doc, 'Scaffolding'), 'notes', ' and markers');
  moveBlock(doc, idOf(doc, 'School visit'), day1!.id, 0, LOCAL);
  addBlock(doc, day2!.id, 0, newBlock('plenary', { title: 'Plenary' }), LOCAL);
  addStage(doc, idOf(doc, 'Looking back'), 0, newStage('reflection'), LOCAL);
}

describe('restoring the whole program', () => {
  it('brings back every day, session, text and stage as the version had them', () => {
    const doc = liveDoc();
    const version = versionOf(doc);
    editALot(doc);
    expect(readProgram(doc)).not.toEqual(readProgram(version));
    restoreProgram(doc, version, LOCAL);
    expect(readProgram(doc)).toEqual(readProgram(version));
    expect(programProblems(doc)).toEqual([]);
    expect(doc.store.pendingStructs).toBeNull();
  });

  it('is one transaction with the given origin', () => {
    const doc = liveDoc();
    const version = versionOf(doc);
    editALot(doc);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    restoreProgram(doc, version, LOCAL);
    expect(origins).toEqual([LOCAL]);
  });

  it('restores from a version long before, after its content was deleted and collected', () => {
    const doc = liveDoc();
    const version = versionOf(doc);
    editALot(doc);
    // Everything since the version deleted and rewritten several times over.
    for (let round = 0; round < 3; round++) {
      for (const day of readDays(doc))
        for (const block of day.blocks) deleteBlock(doc, block.id, LOCAL);
      addBlock(doc, readDays(doc)[0]!.id, 0, newBlock('input', { title: `Round ${round}` }), LOCAL);
      setDayCount(doc, 1 + round, LOCAL);
    }
    restoreProgram(doc, version, LOCAL);
    expect(readProgram(doc)).toEqual(readProgram(version));
    expect(programProblems(doc)).toEqual([]);
  });

  it('merges with the edits of a co-tutor who was offline, made before it', () => {
    const mine = liveDoc();
    const theirs = new Y.Doc();
    sync(mine, theirs);
    const version = versionOf(mine);
    const visit = idOf(theirs, 'School visit');
    // Offline: the co-tutor retitles one session and writes in another's notes.
    setBlockField(theirs, visit, 'title', 'Visit to School 12', LOCAL);
    typeAtEnd(theirs, idOf(theirs, 'Scaffolding'), 'notes', ' (A3 paper)');
    editALot(mine);
    restoreProgram(mine, version, LOCAL);
    sync(mine, theirs);

    expect(readProgram(mine)).toEqual(readProgram(theirs));
    const blocks = readDays(mine, { withText: true }).flatMap((day) => day.blocks);
    expect(blocks.map((block) => block.title)).toEqual([
      'Opening',
      '',
      'Scaffolding',
      'Visit to School 12',
      'Looking back',
    ]);
    const notes = blocks.find((block) => block.title === 'Scaffolding')!.text.notes;
    expect(notes).toEqual(para('Bring cards (A3 paper)'));
    expect(readProgram(mine).meta.title).toBe('CLIL week');
    expect(programProblems(mine)).toEqual([]);
    expect(programProblems(theirs)).toEqual([]);
  });

  it('is undone in one step by whoever restored', () => {
    const doc = liveDoc();
    const undo = new Y.UndoManager(rootOf(doc), { trackedOrigins: new Set([LOCAL]) });
    const version = versionOf(doc);
    editALot(doc);
    const before = readProgram(doc);
    undo.stopCapturing();
    restoreProgram(doc, version, LOCAL);
    undo.undo();
    expect(readProgram(doc)).toEqual(before);
  });

  it('writes nothing when nothing changed since the version', () => {
    const doc = liveDoc();
    const version = versionOf(doc);
    let updates = 0;
    doc.on('update', () => updates++);
    restoreProgram(doc, version, LOCAL);
    expect(updates).toBe(0);
  });

  it('refuses a document that is not an earlier state of this program', () => {
    expect(() => restoreProgram(liveDoc(), liveDoc(), LOCAL)).toThrow(/not an earlier state/);
  });
});

describe('restoring one session', () => {
  it('brings back a session deleted since onto its day at its place, with its plan', () => {
    const doc = liveDoc();
    const version = versionOf(doc);
    const opening = idOf(doc, 'Opening');
    editALot(doc);
    restoreSession(doc, version, opening, LOCAL);
    const day1 = readDays(doc, { withText: true })[0]!;
    expect(day1.blocks.map((block) => block.title)).toEqual([
      'School visit',
      'Opening',
      '',
      'Scaffolding',
    ]);
    const restored = day1.blocks[1]!;
    expect(restored.text.contentObjectives).toEqual(para('Participants plan a lesson'));
    expect(restored.stages.map((stage) => stage.minutes)).toEqual([15]);
    // The rest of the program keeps what was done since.
    expect(readProgram(doc).meta.title).toBe('EMI week');
    expect(programProblems(doc)).toEqual([]);
  });

  it('undoes the changes inside a session that still exists, and nothing else', () => {
    const doc = liveDoc();
    const version = versionOf(doc);
    const scaffolding = idOf(doc, 'Scaffolding');
    editALot(doc);
    restoreSession(doc, version, scaffolding, LOCAL);
    const block = readDays(doc, { withText: true })
      .flatMap((day) => day.blocks)
      .find((each) => each.id === scaffolding)!;
    expect(block.durationMin).toBe(90);
    expect(block.text.notes).toEqual(para('Bring cards'));
    expect(readDays(doc)[0]!.blocks.map((each) => each.title)).toEqual([
      'School visit',
      '',
      'Scaffolding',
    ]);
    expect(readProgram(doc).meta.title).toBe('EMI week');
  });

  it('puts a session whose day is gone on the nearest day that remains', () => {
    const doc = liveDoc();
    const version = versionOf(doc);
    const lookingBack = idOf(doc, 'Looking back');
    deleteBlock(doc, lookingBack, LOCAL);
    setDayCount(doc, 2, LOCAL);
    restoreSession(doc, version, lookingBack, LOCAL);
    const days = readDays(doc);
    expect(days).toHaveLength(2);
    expect(days[1]!.blocks.map((block) => block.title)).toEqual(['School visit', 'Looking back']);
    expect(programProblems(doc)).toEqual([]);
  });
});
