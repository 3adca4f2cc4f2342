import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Session,
  WebContents,
} from 'electron';

import type { ExportService } from '../../../shared/host-api/contract';
import { HostError, messageOf } from '../../../shared/host-api/errors';
import { APP_SCHEME } from '../security/app-protocol';
import { isPrintRequestAllowed, PrintDocuments } from './print-documents';
import { printToPdfOptions } from './print-options';
import { printWindowOptions } from './print-window';

export type PdfWindowDependencies = {
  /** new BrowserWindow(options); a fake in the unit tests. */
  construct(options: BrowserWindowConstructorOptions): BrowserWindow;
  /** session.fromPartition(PRINT_PARTITION), asked for on the first export only. */
  printSession(): Session;
  /** How long loading, then printing, may each take before the export fails. */
  timeoutMs?: number;
};

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * exports.renderPdf in the desktop app: the page's print view (self-contained
 * HTML, rendered by renderPrintHtml) loaded in a hidden, sandboxed window
 * without scripts, printed with webContents.printToPDF, and the window closed
 * afterwards whatever happened.
 */
export function pdfWindowExports(deps: PdfWindowDependencies): ExportService {
  const documents = new PrintDocuments();
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let printSession: Session | undefined;

  return {
    async renderPdf({ html, paperSize }) {
      printSession ??= preparePrintSession(deps.printSession(), documents);
      const page = documents.add(html);
      let window: BrowserWindow | undefined;
      try {
        window = deps.construct(printWindowOptions(printSession));
        lockDown(window.webContents);
        await within(timeoutMs, window.loadURL(page.url), 'Loading the print view');
        const pdf = await within(
          timeoutMs,
          window.webContents.printToPDF(printToPdfOptions(paperSize)),
          'Printing',
        );
        return new Uint8Array(pdf);
      } catch (error) {
        throw new HostError('pdf-failed', {}, messageOf(error));
      } finally {
        page.remove();
        if (window !== undefined && !window.isDestroyed()) window.destroy();
      }
    },
  } satisfies ExportService;
}

/**
 * Once per run: the print session answers app://print/ from memory, cancels
 * every other request (the page needs none; its fonts are data: URLs) and
 * grants no permission.
 */
function preparePrintSession(session: Session, documents: PrintDocuments): Session {
  session.protocol.handle(APP_SCHEME, documents.handle);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isPrintRequestAllowed(details.url) }),
  );
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  return session;
}

/** No link in a printed page may open a window or move the page elsewhere. */
function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
}

/** A renderer that hangs must not hold the export (and its window) forever. */
async function within<T>(timeoutMs: number, work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} took longer than ${timeoutMs / 1000} s.`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
