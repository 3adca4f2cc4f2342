/// <reference types="vite/client" />
// The woff2 files as data: URLs (Vite's ?inline), in a chunk of their own: fonts.ts loads it
// only when a PDF is made, so the ~600 kB of base64 never weighs on the editor's start.
import { fileNameOf } from './font-faces';

const INLINED = import.meta.glob<string>('../../../../../resources/fonts/noto-sans/*.woff2', {
  query: '?inline',
  import: 'default',
  eager: true,
});

/** Each file name of FONT_FILES with its bytes as a data: URL. */
export const FONT_DATA_URLS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(INLINED).map(([path, dataUrl]) => [fileNameOf(path), dataUrl]),
);
