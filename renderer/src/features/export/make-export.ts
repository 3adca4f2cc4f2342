import type { HostApi } from '../../../../shared/host-api/contract';
import type { Language } from '../../../../shared/i18n/languages';
import type { ExportLabels } from '../../../../shared/print/labels';
import type { PaperSize } from './print-view/page-style';
import type { PrintSubject } from './print-view/PrintDocument';

export type ExportFormat = 'pdf' | 'docx';

/** The stages a user sees while an export runs; saving is the caller's. */
export type ExportStep = 'preparing' | 'rendering' | 'saving';

export const EXPORT_STEPS: readonly ExportStep[] = ['preparing', 'rendering', 'saving'];

export type ExportJob = {
  subject: PrintSubject;
  labels: ExportLabels;
  /** The language the labels are in. */
  language: Language;
  format: ExportFormat;
  paperSize: PaperSize;
};

/** Lets the progress indicator paint before the next long synchronous stretch. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * The exported file's bytes. The writers load on first use (the Word library
 * and the fonts are large and most sessions never export). PDFs are printed by
 * the host from the self-contained print view; Word files are written here.
 */
export async function exportBytes(
  job: ExportJob,
  host: Pick<HostApi, 'exports'>,
  onStep: (step: ExportStep) => void,
): Promise<Uint8Array> {
  onStep('preparing');
  await nextFrame();
  if (job.format === 'pdf') {
    const { loadPrintFonts, renderPrintHtml } = await import('./print-view');
    const html = renderPrintHtml({
      ...job.subject,
      labels: job.labels,
      language: job.language,
      paperSize: job.paperSize,
      fontFaces: await loadPrintFonts(),
    });
    onStep('rendering');
    await nextFrame();
    const pdf = await host.exports.renderPdf({ html, paperSize: job.paperSize });
    // An agenda and a single plan have no contents.
    if (job.subject.document !== 'program') return pdf;
    // Only now are the plans' pages known: the contents get their page numbers.
    const { addContentsPageNumbers, contentsNumberFont } = await import('./pdf');
    return addContentsPageNumbers(pdf, contentsNumberFont());
  }
  // The dialog offers the day agenda as a PDF only: it is for printing, not for editing.
  if (job.subject.document === 'agenda') throw new Error('A day agenda is exported as a PDF.');
  const { programDocx, sessionPlanDocx } = await import('./docx');
  onStep('rendering');
  await nextFrame();
  const { review } = job.subject;
  const options = { paperSize: job.paperSize, ...(review === undefined ? {} : { review }) };
  return job.subject.document === 'program'
    ? programDocx(job.subject.outline, job.labels, options)
    : sessionPlanDocx(job.subject.outline, job.labels, options);
}
