import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { programDocx } from '../../renderer/src/features/export/docx';
import { renderPrintHtml } from '../../renderer/src/features/export/print-view';
import { createProgram } from '../../shared/model/create';
import { blankProgram, newBlock, newDay } from '../../shared/model/defaults';
import { readProgram } from '../../shared/model/read';
import type { RichText } from '../../shared/model/rich-text/types';
import { programOutline } from '../../shared/print/program-outline';
import { reviewNotes } from '../../shared/print/review-notes';
import { type Author, createThread } from '../../shared/review/threads';
import { printFontsFromDisk } from '../support/print-fonts';
import { englishExportWords } from '../support/print-program';

const { labels, dates } = englishExportWords();
const GULNARA: Author = { userId: 'user-g', name: 'Gulnara Zhaksylykova', color: '#2f6fde' };
const HOSTILE = '<script>alert(1)</script> & "quotes"';
const paragraph = (text: string): RichText => [{ type: 'paragraph', children: [{ text }] }];

/** A week of two sessions, its learning outcomes set, with open threads on every kind of place. */
function reviewedWeek() {
  const first = newBlock('workshop', {
    title: 'Opening workshop',
    text: { ...newBlock('workshop').text, cognition: paragraph('Sort the tasks.') },
  });
  const second = newBlock('input', { title: 'Language triptych' });
  const plan = blankProgram({ title: 'Week in Pavlodar' }, 2);
  plan.text.learningOutcomes = paragraph('Participants plan a CLIL lesson.');
  plan.days = [
    newDay({ startMin: 540, plannedEndMin: 1020, blocks: [first] }),
    newDay({ startMin: 540, plannedEndMin: 1020, blocks: [second] }),
  ];
  const doc = new Y.Doc();
  createProgram(doc, plan);
  const review = new Y.Doc();
  const say = (target: Parameters<typeof createThread>[1], text: string, at: number) =>
    createThread(review, target, { author: GULNARA, text, mentions: [], at });
  say({ kind: 'session', blockId: second.id }, 'Day two starts late.', 1000);
  say({ kind: 'field', blockId: null, field: 'learningOutcomes' }, 'Measurable?', 2000);
  say({ kind: 'program' }, HOSTILE, 3000);
  say({ kind: 'field', blockId: first.id, field: 'cognition' }, 'Which tasks?', 4000);
  const program = readProgram(doc);
  const outline = programOutline(program, labels, dates);
  const scope = { program: true, sessionIds: outline.sessions.map((session) => session.id) };
  return { outline, review: reviewNotes(doc, review, scope, labels, dates) };
}

/** The document's text in reading order, tags dropped and entities left as written. */
function textOf(markup: string): string {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/u, '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/\s+/gu, ' ');
}

describe('the whole program as a review copy', () => {
  it('prints the notes on the program after the outcomes and each session’s after its plan', () => {
    const { outline, review } = reviewedWeek();
    const html = renderPrintHtml({
      document: 'program',
      outline,
      labels,
      review,
      paperSize: 'a4',
      fontFaces: printFontsFromDisk(),
    });
    const text = textOf(html);
    const order = [
      'Review copy — with open comments',
      'Learning outcomes 2',
      'Comments on the program',
      '1. On the program',
      '2. Learning outcomes',
      'Cognition 3',
      'Comments on this session 3. Cognition',
      'Comments on this session 4. On the session',
    ].map((words) => text.indexOf(words));
    // Each session's notes close its own plan: the second plan's title lies between them.
    expect(text.lastIndexOf('Language triptych')).toBeGreaterThan(order[order.length - 2] ?? 0);
    expect(text.lastIndexOf('Language triptych')).toBeLessThan(order[order.length - 1] ?? 0);
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // A peer's comment is text, never markup; the running header says it is a review copy.
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).toMatch(/@top-right \{ content: "Review copy/u);
  });

  it('writes the same notes, with the same numbers, into the Word document', async () => {
    const { outline, review } = reviewedWeek();
    const bytes = await programDocx(outline, labels, { paperSize: 'a4', review });
    const parts = unzipSync(bytes);
    const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    const words = textOf(xml);
    const order = [
      'Review copy — with open comments',
      'Comments on the program',
      '1. On the program',
      '2. Learning outcomes',
      'Comments on this session',
      '3. Cognition',
      '4. On the session',
    ].map((phrase) => words.indexOf(phrase));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    const header = Object.entries(parts)
      .filter(([name]) => /^word\/header\d+\.xml$/u.test(name))
      .map(([, part]) => strFromU8(part))
      .join('');
    expect(header).toContain('Review copy — with open comments');
  });

  it('is an ordinary export without the tick: no notes, no review mark', async () => {
    const { outline } = reviewedWeek();
    const html = renderPrintHtml({
      document: 'program',
      outline,
      labels,
      paperSize: 'a4',
      fontFaces: printFontsFromDisk(),
    });
    const xml = strFromU8(
      unzipSync(await programDocx(outline, labels, { paperSize: 'a4' }))['word/document.xml'] ??
        new Uint8Array(),
    );
    for (const words of ['Review copy', 'Comments on', 'Measurable?', 'Which tasks?']) {
      expect(html).not.toContain(words);
      expect(xml).not.toContain(words);
    }
  });
});
