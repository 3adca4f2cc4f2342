import { describe, expect, it } from 'vitest';

import { programDocx } from '../../renderer/src/features/export/docx';
import { setBlockField } from '../../shared/model/mutations/blocks';
import { runLate } from '../../shared/model/mutations/delivery';
import { readProgram } from '../../shared/model/read';
import { programOutline } from '../../shared/print/program-outline';
import { DATES, ENGLISH, multilingualClilProgram, part, unzipDocx } from './export-docx-fixture';
import { paragraphs, tableRows } from './export-docx-reading';

const NOTE = 'The card sort worked in every group.';
const CHANGE = 'Give the sort ten more minutes.';

/** The CLIL week with its second session delivered, fifteen minutes late, and written up. */
function deliveredWeek() {
  const { doc, hostileSessionId } = multilingualClilProgram();
  const dayId = readProgram(doc).days[0]!.id;
  // 10:00 on Day 1 is in the second session (09:45–11:15).
  runLate(doc, dayId, 10 * 60, 15, null);
  setBlockField(doc, hostileSessionId, 'deliveryNote', NOTE, null);
  setBlockField(doc, hostileSessionId, 'participantCount', 23, null);
  setBlockField(doc, hostileSessionId, 'changeNextTime', CHANGE, null);
  return { program: readProgram(doc), sessionId: hostileSessionId };
}

describe('the delivery notes of a program', () => {
  it('are in the outline only when asked for, and only for sessions written up', () => {
    const { program, sessionId } = deliveredWeek();
    expect(programOutline(program, ENGLISH, DATES).deliveryNotes).toEqual([]);
    const [entry, ...others] = programOutline(program, ENGLISH, DATES, {
      deliveryNotes: true,
    }).deliveryNotes;
    expect(others).toEqual([]);
    expect(entry?.id).toBe(sessionId);
    expect(entry?.where).toBe('Day 1 · 09:45–11:30');
    expect(entry?.facts).toEqual([
      { label: 'Participants', value: '23' },
      { label: 'Ran over', value: '15 min' },
      { label: 'How it went', value: NOTE },
      { label: 'What to change next time', value: CHANGE },
    ]);
  });

  it('end the Word file in an appendix of their own', async () => {
    const { program } = deliveredWeek();
    const outline = programOutline(program, ENGLISH, DATES, { deliveryNotes: true });
    const document = part(
      unzipDocx(await programDocx(outline, ENGLISH, { paperSize: 'a4' })),
      'word/document.xml',
    );
    const heading = paragraphs(document).find((paragraph) => paragraph.text === 'Delivery notes');
    expect(heading?.style).toBe('Heading1');
    const after = document.slice(document.lastIndexOf('Delivery notes'));
    expect(tableRows(after).map((row) => row.cells.join(' | '))).toContain(`How it went | ${NOTE}`);
  });
});
