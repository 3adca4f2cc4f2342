import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createProgram } from '../../shared/model/create';
import { blankProgram, newBlock, newDay } from '../../shared/model/defaults';
import { blockOf, richFieldOf } from '../../shared/model/layout';
import { readRichText } from '../../shared/model/rich-text/decode';
import type { RichText, TextRun } from '../../shared/model/rich-text/types';
import { notesAfter, withNoteMarks } from '../../shared/print/note-marks';
import { reviewNotes } from '../../shared/print/review-notes';
import { anchorOf, flatten, type TreePoint } from '../../shared/review/anchor';
import { reviewRootOf } from '../../shared/review/layout';
import {
  type Author,
  createThread,
  deleteComment,
  reply,
  setResolved,
  type ThreadTarget,
} from '../../shared/review/threads';
import { englishExportWords } from '../support/print-program';

const { labels, dates } = englishExportWords();
const AIGERIM: Author = { userId: 'user-a', name: 'Aigerim Bekova', color: '#2f6fde' };
const JAN: Author = { userId: 'user-b', name: 'Jan de Vries', color: '#b5175b' };
const paragraphs = (...lines: string[]): RichText =>
  lines.map((text) => ({ type: 'paragraph', children: [{ text }] }));

/** A week with two sessions and a break between them, the first with two printed fields. */
function week() {
  const first = newBlock('workshop', {
    title: 'Comparing texts',
    text: {
      ...newBlock('workshop').text,
      contentObjectives: paragraphs('Read two texts.'),
      cognition: paragraphs('Compare two texts closely.', 'Then discuss.'),
    },
  });
  const pause = newBlock('break', { title: 'Coffee' });
  const second = newBlock('input', { title: 'Language triptych' });
  const plan = blankProgram({ title: 'Week' }, 1);
  plan.days = [newDay({ startMin: 540, plannedEndMin: 1020, blocks: [first, pause, second] })];
  const doc = new Y.Doc();
  createProgram(doc, plan);
  const cognition = richFieldOf(blockOf(doc, first.id)!, 'cognition')!;
  return { doc, first: first.id, pause: pause.id, second: second.id, cognition };
}

/** The tree point at a flat offset of the field: before the character there, or after the one before. */
function pointAt(field: Y.XmlText, offset: number, side: 'start' | 'end'): TreePoint {
  const candidates: TreePoint[] = [];
  const visit = (type: Y.XmlText) => {
    let index = 0;
    for (const op of type.toDelta() as { insert?: unknown }[]) {
      if (typeof op.insert === 'string') {
        for (let i = side === 'start' ? 0 : 1; i <= op.insert.length; i++)
          if (side === 'end' || i < op.insert.length) candidates.push({ type, index: index + i });
        index += op.insert.length;
      } else {
        if (op.insert instanceof Y.XmlText) visit(op.insert);
        index += 1;
      }
    }
  };
  visit(field);
  const found = candidates.find((point) => flatten(field, [point]).offsets[0] === offset);
  if (found === undefined) throw new Error(`No point at ${offset}`);
  return found;
}

function rangeOn(field: Y.XmlText, phrase: string, blockId: string, name: string): ThreadTarget {
  const text = flatten(field, []).text;
  const from = text.indexOf(phrase);
  const to = from + phrase.length;
  const anchor = anchorOf(pointAt(field, from, 'start'), pointAt(field, to, 'end'));
  return { kind: 'range', blockId, field: name, anchor, quote: phrase };
}

const say = (review: Y.Doc, target: ThreadTarget, text: string, at: number, author = AIGERIM) =>
  createThread(review, target, { author, text, mentions: [], at });

function allSessions(w: ReturnType<typeof week>) {
  return { program: true, sessionIds: [w.first, w.second] };
}

describe('the notes of a review copy', () => {
  it('holds the open threads only, numbered through the document in its order', () => {
    const w = week();
    const review = new Y.Doc();
    // Written in an order unlike the document's, to see them put in order.
    say(review, { kind: 'session', blockId: w.second }, 'Too long for a lecture?', 1000);
    say(review, rangeOn(w.cognition, 'two texts', w.first, 'cognition'), 'Which two?', 2000);
    say(review, { kind: 'field', blockId: w.first, field: 'contentObjectives' }, 'Vague.', 3000);
    say(review, { kind: 'session', blockId: w.first }, 'Start with a warm-up.', 4000);
    say(review, { kind: 'program' }, 'Is Friday too full?', 5000);
    const done = say(review, { kind: 'session', blockId: w.first }, 'Room booked?', 6000);
    setResolved(review, done, true, JAN, 7000);
    // On the break, which prints no plan.
    say(review, { kind: 'session', blockId: w.pause }, 'Tea too.', 8000);

    const notes = reviewNotes(w.doc, review, allSessions(w), labels, dates);

    expect(notes.program.map((note) => [note.number, note.about, note.comments[0]?.text])).toEqual([
      [1, 'On the program', 'Is Friday too full?'],
    ]);
    expect(
      notes.sessions.get(w.first)?.map((note) => [note.number, note.about, note.comments[0]?.text]),
    ).toEqual([
      [2, 'On the session', 'Start with a warm-up.'],
      [3, 'Content objectives', 'Vague.'],
      [4, 'Cognition', 'Which two?'],
    ]);
    expect(notes.sessions.get(w.second)?.map((note) => note.number)).toEqual([5]);
    expect(notes.sessions.has(w.pause)).toBe(false);
    const all = [...notes.program, ...[...notes.sessions.values()].flat()];
    expect(all.some((note) => note.comments.some((c) => c.text === 'Room booked?'))).toBe(false);
  });

  it('numbers a single session from 1 and leaves the program and other sessions out', () => {
    const w = week();
    const review = new Y.Doc();
    say(review, { kind: 'program' }, 'Is Friday too full?', 1000);
    say(review, { kind: 'session', blockId: w.first }, 'Elsewhere.', 2000);
    say(review, { kind: 'session', blockId: w.second }, 'Too long?', 3000);
    const notes = reviewNotes(
      w.doc,
      review,
      { program: false, sessionIds: [w.second] },
      labels,
      dates,
    );
    expect(notes.program).toEqual([]);
    expect([...notes.sessions.keys()]).toEqual([w.second]);
    expect(notes.sessions.get(w.second)?.map((note) => note.number)).toEqual([1]);
  });

  it('gives every comment its author and time, and a deleted one as deleted', () => {
    const w = week();
    const review = new Y.Doc();
    const id = say(review, { kind: 'session', blockId: w.first }, 'Start with a warm-up.', 1000);
    const answer = reply(review, id, { author: JAN, text: 'Agreed.', mentions: [], at: 2000 })!;
    reply(review, id, { author: AIGERIM, text: 'Good.', mentions: [], at: 3000 });
    deleteComment(review, id, answer, JAN, 4000);
    const [note] = reviewNotes(w.doc, review, allSessions(w), labels, dates).sessions.get(w.first)!;
    expect(note?.comments).toEqual([
      {
        author: 'Aigerim Bekova',
        when: dates.moment(1000),
        text: 'Start with a warm-up.',
        deleted: false,
      },
      { author: 'Jan de Vries', when: dates.moment(2000), text: 'Comment deleted', deleted: true },
      { author: 'Aigerim Bekova', when: dates.moment(3000), text: 'Good.', deleted: false },
    ]);
  });

  it('quotes the commented text as it stands, and as it was once it is gone', () => {
    const w = week();
    const review = new Y.Doc();
    say(review, rangeOn(w.cognition, 'two texts', w.first, 'cognition'), 'Which two?', 1000);
    say(review, rangeOn(w.cognition, 'discuss', w.first, 'cognition'), 'How?', 2000);
    // A co-tutor writes inside the first range and deletes the second's text.
    const text = flatten(w.cognition, []).text;
    const into = pointAt(w.cognition, text.indexOf('texts'), 'start');
    into.type.insert(into.index, 'short ');
    const gone = pointAt(w.cognition, flatten(w.cognition, []).text.indexOf('discuss'), 'start');
    gone.type.delete(gone.index, 'discuss'.length);

    const notes = reviewNotes(w.doc, review, allSessions(w), labels, dates).sessions.get(w.first);
    expect(notes?.map((note) => [note.quote, note.quoteGone])).toEqual([
      ['two short texts', false],
      ['discuss', true],
    ]);
    expect(notes?.[1]?.mark).toBeNull();
  });

  it('marks the end of the commented text in the printed field', () => {
    const w = week();
    const review = new Y.Doc();
    say(review, rangeOn(w.cognition, 'two texts', w.first, 'cognition'), 'Which two?', 1000);
    say(review, rangeOn(w.cognition, 'Then discuss', w.first, 'cognition'), 'How?', 2000);
    const notes = reviewNotes(w.doc, review, allSessions(w), labels, dates).sessions.get(w.first)!;
    const marks = notes.flatMap((note) =>
      note.mark?.kind === 'text' ? [{ at: note.mark.at, number: note.number }] : [],
    );
    const marked = withNoteMarks(readRichText(w.cognition), marks);
    const runs = marked.flatMap((block) =>
      block.type === 'list' ? [] : (block.children as TextRun[]),
    );
    expect(runs.map((run) => [run.text, notesAfter(run)])).toEqual([
      ['Compare two texts', [1]],
      [' closely.', []],
      ['Then discuss', [2]],
      ['.', []],
    ]);
  });

  it('skips damaged threads without failing the export', () => {
    const w = week();
    const review = new Y.Doc();
    say(review, { kind: 'session', blockId: w.first }, 'Readable.', 1000);
    const threads = reviewRootOf(review, 'threads');
    review.transact(() => {
      threads.set('not-a-map', 'hello');
      const empty = new Y.Map<unknown>();
      empty.set('kind', 'session');
      empty.set('blockId', w.first);
      threads.set('no-comments', empty);
      const odd = new Y.Map<unknown>();
      odd.set('kind', 'range');
      odd.set('blockId', w.first);
      odd.set('field', 'cognition');
      odd.set('comments', new Y.Map());
      threads.set('no-positions', odd);
    });
    const notes = reviewNotes(w.doc, review, allSessions(w), labels, dates);
    expect(notes.sessions.get(w.first)?.map((note) => note.comments[0]?.text)).toEqual([
      'Readable.',
    ]);
  });

  it('handles 500 threads', () => {
    const w = week();
    const review = new Y.Doc();
    for (let i = 0; i < 500; i++)
      say(review, rangeOn(w.cognition, 'two texts', w.first, 'cognition'), `Note ${i}`, i);
    const notes = reviewNotes(w.doc, review, allSessions(w), labels, dates).sessions.get(w.first)!;
    expect(notes).toHaveLength(500);
    expect(notes.at(-1)).toMatchObject({ number: 500, quote: 'two texts' });
  });
});
