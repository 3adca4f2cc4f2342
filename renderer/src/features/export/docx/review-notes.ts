import { type FileChild, Paragraph } from 'docx';

import type { ExportLabels } from '../../../../../shared/print/labels';
import type { ReviewNote } from '../../../../../shared/print/review-notes';
import { headingStyle } from './context';
import { NOTE_COLOR, textRuns } from './inline';
import { COLOR, SIZE } from './styles';

/** "Review copy — with open comments", at the top of the first page. */
export function reviewBanner(labels: ExportLabels): Paragraph {
  return new Paragraph({
    spacing: { after: 200 },
    children: textRuns(labels.review.copy, { bold: true, color: NOTE_COLOR }),
  });
}

/**
 * A review copy's numbered notes as plain paragraphs, under a heading at
 * `level`: what each is about, the commented text, then each comment with its
 * author and time. The numbers are those printed at the commented places.
 */
export function reviewNotesParagraphs(
  title: string,
  notes: readonly ReviewNote[],
  labels: ExportLabels,
  level: number,
): FileChild[] {
  if (notes.length === 0) return [];
  return [
    new Paragraph({ heading: headingStyle(level), children: textRuns(title) }),
    ...notes.flatMap((note) => [
      new Paragraph({
        keepNext: true,
        spacing: { before: 160 },
        children: [
          ...textRuns(`${note.number}. `, { bold: true, color: NOTE_COLOR }),
          ...textRuns(note.about, { bold: true }),
        ],
      }),
      ...(note.quote === null ? [] : quoteParagraphs(note, labels)),
      ...note.comments.flatMap((comment) => [
        new Paragraph({
          keepNext: true,
          indent: { left: 280 },
          spacing: { before: 80 },
          children: [
            ...textRuns(comment.author, { bold: true, size: SIZE.small }),
            ...textRuns(` · ${comment.when}`, { size: SIZE.small, color: COLOR.muted }),
          ],
        }),
        new Paragraph({
          indent: { left: 280 },
          children: textRuns(
            comment.text,
            comment.deleted ? { italics: true, color: COLOR.muted } : {},
          ),
        }),
      ]),
    ]),
  ];
}

function quoteParagraphs(note: ReviewNote, labels: ExportLabels): Paragraph[] {
  return [
    ...(note.quoteGone
      ? [
          new Paragraph({
            keepNext: true,
            children: textRuns(labels.review.quoteGone, { size: SIZE.small, color: COLOR.muted }),
          }),
        ]
      : []),
    new Paragraph({
      keepNext: true,
      indent: { left: 280 },
      children: textRuns(note.quote ?? '', { italics: true, color: COLOR.muted }),
    }),
  ];
}
