import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';

import { NOTE_COLOR, textRuns } from './inline';
import { COLOR, SIZE } from './styles';

const RUNNING = { size: SIZE.small, color: COLOR.muted } as const;

/**
 * The program's title at the top left of every page, as the PDF prints it, above
 * a thin rule; a review copy says so after it.
 */
export function runningHeader(programTitle: string, reviewMark: string | null): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
        children: [
          ...textRuns(programTitle, RUNNING),
          ...(reviewMark === null
            ? []
            : textRuns(` · ${reviewMark}`, { ...RUNNING, bold: true, color: NOTE_COLOR })),
        ],
      }),
    ],
  });
}

/**
 * "Page 3 / 12" at the bottom right, as in the PDF, from Word's PAGE and NUMPAGES
 * fields, which Word and LibreOffice keep up to date as partners edit. The
 * separator is a slash rather than a word because the labels carry only "Page".
 */
export function pageNumberFooter(pageWord: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            ...RUNNING,
            children: [`${pageWord} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}
