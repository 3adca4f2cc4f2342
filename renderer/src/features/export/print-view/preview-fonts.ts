/// <reference types="vite/client" />
import { fileNameOf, FONT_FILES, PRINT_FONT_FAMILY, SUBSET_RANGES } from './font-faces';

// The same woff2 files as ordinary bundled assets: the app's CSP allows fonts
// from the app itself only (font-src 'self'), not the data: URLs of the PDF.
const URLS = import.meta.glob<string>('../../../../../resources/fonts/noto-sans/*.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
});

let added = false;

/**
 * Noto Sans for the preview inside the app: the faces of the PDF (FONT_FILES,
 * same weights, styles and ranges), added to the page once.
 */
export function addPreviewFonts(): void {
  if (added) return;
  added = true;
  const urlOf = new Map(Object.entries(URLS).map(([path, url]) => [fileNameOf(path), url]));
  for (const font of FONT_FILES) {
    const url = urlOf.get(font.file);
    if (url === undefined) continue;
    const face = new FontFace(PRINT_FONT_FAMILY, `url(${JSON.stringify(url)}) format('woff2')`, {
      weight: String(font.weight),
      style: font.style,
      unicodeRange: SUBSET_RANGES[font.subset],
      display: 'swap',
    });
    document.fonts.add(face);
  }
}
