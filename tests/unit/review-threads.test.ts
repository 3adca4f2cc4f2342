import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createProgram } from '../../shared/model/create';
import { blankProgram, newBlock, newDay } from '../../shared/model/defaults';
import { blockOf, richFieldOf } from '../../shared/model/layout';
import { writeRichText } from '../../shared/model/rich-text/encode';
import {
  anchoredText,
  anchorOf,
  flatten,
  isGone,
  type TreePoint,
} from '../../shared/review/anchor';
import { reviewRootOf } from '../../shared/review/layout';
import {
  chooseCoTutor,
  coTutorOfUser,
  isForCoTutor,
  isUnread,
  markRead,
} from '../../shared/review/reads';
import { MAX_COMMENT_LENGTH } from '../../shared/review/thread-records';
import {
  type Author,
  commentRefusal,
  createThread,
  deleteComment,
  editComment,
  readThreads,
  reply,
  setResolved,
} from '../../shared/review/threads';

const AIGERIM: Author = { userId: 'user-a', name: 'Aigerim', color: '#2f6fde' };
const JAN: Author = { userId: 'user-b', name: 'Jan', color: '#b5175b' };

function programWithField(paragraphs: string[]) {
  const block = newBlock('workshop', { title: 'Opening' });
  const plan = blankProgram({ title: 'Week' }, 1);
  plan.days = [newDay({ startMin: 540, plannedEndMin: 1020, blocks: [block] })];
  const doc = new Y.Doc();
  createProgram(doc, plan);
  const field = richFieldOf(blockOf(doc, block.id)!, 'contentObjectives')!;
  doc.transact(() => {
    field.delete(0, field.length);
    writeRichText(
      field,
      paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] })),
    );
  });
  return { doc, field, blockId: block.id };
}

/** The tree point of a flat offset: `start` is before the character there, `end` after the one before. */
function pointAt(field: Y.XmlText, offset: number, side: 'start' | 'end'): TreePoint {
  const found = findPoint(field, offset, side);
  if (found === null) throw new Error(`No point at ${offset}`);
  return found;
}

function findPoint(field: Y.XmlText, offset: number, side: 'start' | 'end'): TreePoint | null {
  let found: TreePoint | null = null;
  const visit = (type: Y.XmlText) => {
    let index = 0;
    for (const op of type.toDelta() as { insert?: unknown }[]) {
      if (found !== null) return;
      if (typeof op.insert === 'string') {
        for (let i = 0; i <= op.insert.length; i++) {
          const { offsets } = flatten(field, [{ type, index: index + i }]);
          const at = offsets[0];
          const fits = side === 'start' ? i < op.insert.length : i > 0;
          if (at === offset && fits) {
            found = { type, index: index + i };
            return;
          }
        }
        index += op.insert.length;
      } else {
        if (op.insert instanceof Y.XmlText) visit(op.insert);
        index += 1;
      }
    }
  };
  visit(field);
  return found;
}

function rangeThread(
  review: Y.Doc,
  doc: ReturnType<typeof programWithField>,
  from: number,
  to: number,
) {
  const text = flatten(doc.field, []).text;
  const anchor = anchorOf(pointAt(doc.field, from, 'start'), pointAt(doc.field, to, 'end'));
  return createThread(
    review,
    {
      kind: 'range',
      blockId: doc.blockId,
      field: 'contentObjectives',
      anchor,
      quote: text.slice(from, to),
    },
    { author: AIGERIM, text: 'Too vague?', mentions: [], at: 1000 },
  );
}

describe('comment threads', () => {
  it('keeps the first comment and replies in order, with their authors', () => {
    const review = new Y.Doc();
    const id = createThread(
      review,
      { kind: 'session', blockId: 'block-1' },
      { author: AIGERIM, text: 'Shall we start\nwith a warm-up?', mentions: [], at: 1000 },
    );
    reply(review, id, {
      author: JAN,
      text: 'Yes, see https://example.org',
      mentions: ['tutor-a'],
      at: 2000,
    });
    const [thread] = readThreads(review);
    expect(thread).toMatchObject({
      kind: 'session',
      blockId: 'block-1',
      resolved: false,
      damaged: false,
    });
    expect(thread!.comments.map((c) => [c.author.name, c.text, c.mentions])).toEqual([
      ['Aigerim', 'Shall we start\nwith a warm-up?', []],
      ['Jan', 'Yes, see https://example.org', ['tutor-a']],
    ]);
  });

  it('lets authors edit and delete only their own comments, leaving a tombstone', () => {
    const review = new Y.Doc();
    const id = createThread(
      review,
      { kind: 'program' },
      { author: AIGERIM, text: 'First', mentions: [], at: 1 },
    );
    const replyId = reply(review, id, { author: JAN, text: 'Second', mentions: [], at: 2 })!;
    const firstId = readThreads(review)[0]!.comments[0]!.id;
    expect(editComment(review, id, firstId, JAN, { text: 'Hijacked', mentions: [], at: 3 })).toBe(
      false,
    );
    expect(
      editComment(review, id, firstId, AIGERIM, { text: 'First, edited', mentions: [], at: 3 }),
    ).toBe(true);
    expect(deleteComment(review, id, replyId, AIGERIM, 4)).toBe(false);
    expect(deleteComment(review, id, replyId, JAN, 4)).toBe(true);
    const comments = readThreads(review)[0]!.comments;
    expect(comments.map((c) => [c.text, c.deleted, c.editedAt])).toEqual([
      ['First, edited', false, 3],
      ['', true, 4],
    ]);
  });

  it('is resolved and reopened by any co-tutor', () => {
    const review = new Y.Doc();
    const id = createThread(
      review,
      { kind: 'program' },
      { author: AIGERIM, text: 'Ok?', mentions: [], at: 1 },
    );
    setResolved(review, id, true, JAN, 5);
    expect(readThreads(review)[0]).toMatchObject({ resolved: true, statusBy: 'Jan', statusAt: 5 });
    setResolved(review, id, false, AIGERIM, 6);
    expect(readThreads(review)[0]).toMatchObject({ resolved: false, statusBy: 'Aigerim' });
  });

  it('refuses a comment over 20,000 characters or an empty one', () => {
    expect(commentRefusal('x'.repeat(MAX_COMMENT_LENGTH))).toBeNull();
    expect(commentRefusal('x'.repeat(MAX_COMMENT_LENGTH + 1))).toBe('too-long');
    expect(commentRefusal('  \n ')).toBe('empty');
    const review = new Y.Doc();
    expect(() =>
      createThread(
        review,
        { kind: 'program' },
        { author: AIGERIM, text: 'x'.repeat(20_001), mentions: [], at: 1 },
      ),
    ).toThrow(RangeError);
    expect(readThreads(review)).toEqual([]);
  });

  it('reads threads of the wrong types from a peer as damaged, without throwing', () => {
    const review = new Y.Doc();
    const root = reviewRootOf(review, 'threads');
    review.transact(() => {
      root.set('not-a-map', 'hello');
      const thread = new Y.Map<unknown>();
      thread.set('kind', 'range');
      thread.set('field', 42);
      thread.set('start', 'not bytes');
      const comments = new Y.Map<unknown>();
      const comment = new Y.Map<unknown>();
      comment.set('text', 'x'.repeat(30_000));
      comment.set('at', 'yesterday');
      comments.set('c', comment);
      thread.set('comments', comments);
      root.set('wrong-types', thread);
    });
    const threads = readThreads(review);
    expect(threads.map((t) => [t.id, t.damaged])).toEqual([
      ['not-a-map', true],
      ['wrong-types', true],
    ]);
    expect(threads[1]!.comments[0]!.text.length).toBe(MAX_COMMENT_LENGTH);
    const { doc, field } = programWithField(['Some text']);
    expect(anchoredText(doc, field, threads[1]!.anchor!)).toBeNull();
  });
});

describe('range anchors', () => {
  it('cover the commented phrase through edits around it and at its edges', () => {
    const program = programWithField(['Participants plan a CLIL lesson.', 'Then they teach it.']);
    const review = new Y.Doc();
    rangeThread(review, program, 20, 31); // "CLIL lesson"
    const anchor = () => readThreads(review)[0]!.anchor!;
    expect(anchoredText(program.doc, program.field, anchor())).toBe('CLIL lesson');
    // Typing right before and right after the phrase stays outside it.
    const paragraph = pointAt(program.field, 20, 'start');
    paragraph.type.insert(paragraph.index, 'short ');
    const after = pointAt(program.field, 37, 'end');
    after.type.insert(after.index, ' together');
    expect(flatten(program.field, []).text).toBe(
      'Participants plan a short CLIL lesson together.\nThen they teach it.',
    );
    expect(anchoredText(program.doc, program.field, anchor())).toBe('CLIL lesson');
    // An edit inside the phrase is part of it.
    const inside = pointAt(program.field, 31, 'start');
    inside.type.insert(inside.index, 'mini-');
    expect(anchoredText(program.doc, program.field, anchor())).toBe('CLIL mini-lesson');
  });

  it('span paragraphs, and read as empty once their text is deleted', () => {
    const program = programWithField(['Warm-up in pairs.', 'Input on scaffolding.']);
    const review = new Y.Doc();
    rangeThread(review, program, 11, 23); // "pairs.\nInput"
    const [thread] = readThreads(review);
    expect(thread!.quote).toBe('pairs.\nInput');
    expect(anchoredText(program.doc, program.field, thread!.anchor!)).toBe('pairs.\nInput');
    const first = pointAt(program.field, 11, 'start');
    first.type.delete(first.index, 'pairs'.length);
    expect(anchoredText(program.doc, program.field, thread!.anchor!)).toBe('.\nInput');
    const second = pointAt(program.field, 13, 'start');
    const firstAgain = pointAt(program.field, 11, 'start');
    second.type.delete(second.index, 'Input'.length);
    firstAgain.type.delete(firstAgain.index, 1);
    const left = anchoredText(program.doc, program.field, thread!.anchor!);
    expect(left).toBe('\n');
    expect(isGone(left)).toBe(true);
  });

  it('resolve to the same text on two replicas after concurrent edits', () => {
    const a = programWithField(['We compare two models of feedback.']);
    const b = { ...a, doc: new Y.Doc() };
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    const bField = richFieldOf(blockOf(b.doc, a.blockId)!, 'contentObjectives')!;
    const review = new Y.Doc();
    rangeThread(review, a, 11, 21); // "two models"
    const inA = pointAt(a.field, 11, 'start');
    inA.type.insert(inA.index, 'the ');
    const inB = pointAt(bField, 21, 'end');
    inB.type.insert(inB.index, ' (and a third)');
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc));
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    const anchor = readThreads(review)[0]!.anchor!;
    expect(anchoredText(a.doc, a.field, anchor)).toBe('two models');
    expect(anchoredText(b.doc, bField, anchor)).toBe('two models');
  });
});

describe('for you and unread', () => {
  const tutors = [
    { id: 'tutor-a', name: 'Aigerim Sultanova' },
    { id: 'tutor-j', name: 'Jan de Vries' },
  ];

  it('finds the mentioned co-tutor by name, or by their own choice', () => {
    const review = new Y.Doc();
    expect(coTutorOfUser(review, 'user-a', ' aigerim sultanova ', tutors)).toBe('tutor-a');
    expect(coTutorOfUser(review, 'user-a', 'Aigerim', tutors)).toBeNull();
    chooseCoTutor(review, 'user-a', 'tutor-a');
    expect(coTutorOfUser(review, 'user-a', 'Aigerim', tutors)).toBe('tutor-a');
    const id = createThread(
      review,
      { kind: 'program' },
      { author: JAN, text: '@Aigerim Sultanova can you look?', mentions: ['tutor-a'], at: 10 },
    );
    const thread = readThreads(review).find((t) => t.id === id)!;
    expect(isForCoTutor(thread, 'tutor-a')).toBe(true);
    expect(isForCoTutor(thread, 'tutor-j')).toBe(false);
  });

  it('keeps unread per person until they read, and again after a new reply', () => {
    const review = new Y.Doc();
    const id = createThread(
      review,
      { kind: 'program' },
      { author: JAN, text: 'Have a look', mentions: [], at: 10 },
    );
    const thread = () => readThreads(review)[0]!;
    expect(isUnread(review, 'user-a', thread())).toBe(true);
    expect(isUnread(review, 'user-b', thread())).toBe(false); // Jan's own comment
    markRead(review, 'user-a', id, 20);
    expect(isUnread(review, 'user-a', thread())).toBe(false);
    reply(review, id, { author: JAN, text: 'And this', mentions: [], at: 30 });
    expect(isUnread(review, 'user-a', thread())).toBe(true);
    // The marks travel with the review document, as a restart or a peer reads them.
    const copy = new Y.Doc();
    markRead(review, 'user-a', id, 40);
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(review));
    expect(isUnread(copy, 'user-a', readThreads(copy)[0]!)).toBe(false);
  });
});
