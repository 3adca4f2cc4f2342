import type { PaperSize } from '../../electron/services/export/pdf-options';
import { renderPrintHtml } from '../../renderer/src/features/export/print-view';
import type { Program } from '../../shared/model/types';
import { programOutline, singleSessionOutline } from '../../shared/print/program-outline';
import { printFontsFromDisk } from './print-fonts';
import { englishExportWords } from './print-program';

/** The print view of a whole program, as the export dialog hands it to the host. */
export function programPrintHtml(
  program: Program,
  paperSize: PaperSize,
  options: { withBalance?: boolean } = {},
): string {
  const { labels, dates } = englishExportWords();
  return renderPrintHtml({
    document: 'program',
    outline: programOutline(program, labels, dates, options),
    labels,
    paperSize,
    fontFaces: printFontsFromDisk(),
  });
}

/** The print view of one session plan. */
export function sessionPrintHtml(program: Program, blockId: string, paperSize: PaperSize): string {
  const { labels, dates } = englishExportWords();
  const outline = singleSessionOutline(program, blockId, labels, dates);
  if (outline === null) throw new Error(`No block ${blockId} in ${program.meta.title}.`);
  return renderPrintHtml({
    document: 'session',
    outline,
    labels,
    paperSize,
    fontFaces: printFontsFromDisk(),
  });
}
