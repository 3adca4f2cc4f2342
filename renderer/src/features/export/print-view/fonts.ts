import { type PrintFontFace, printFontFaces } from './font-faces';

/**
 * The print font faces for renderPrintHtml, built from the bundled woff2 files.
 * Loaded on demand (a chunk of its own) and kept once loaded.
 */
let loading: Promise<PrintFontFace[]> | undefined;

export function loadPrintFonts(): Promise<PrintFontFace[]> {
  loading ??= import('./font-files')
    .then(({ FONT_DATA_URLS }) =>
      printFontFaces((file) => {
        const dataUrl = FONT_DATA_URLS[file];
        if (dataUrl === undefined) throw new Error(`The print font ${file} is not bundled.`);
        return dataUrl;
      }),
    )
    .catch((error: unknown) => {
      // A failed chunk load (an interrupted update) may succeed on the next export.
      loading = undefined;
      throw error;
    });
  return loading;
}
