/// <reference types="vite/client" />
// The woff2 files as data: URLs (Vite's ?inline), in a chunk of their own: fonts.ts loads it
// only when a PDF is made, so the ~600 kB of base64 never weighs on the editor's start.
import notoCyrillic400Italic from '../../../../../resources/fonts/noto-sans/noto-sans-cyrillic-400-italic.woff2?inline';
import notoCyrillic400Normal from '../../../../../resources/fonts/noto-sans/noto-sans-cyrillic-400-normal.woff2?inline';
import notoCyrillic700Italic from '../../../../../resources/fonts/noto-sans/noto-sans-cyrillic-700-italic.woff2?inline';
import notoCyrillic700Normal from '../../../../../resources/fonts/noto-sans/noto-sans-cyrillic-700-normal.woff2?inline';
import notoCyrillicExt400Italic from '../../../../../resources/fonts/noto-sans/noto-sans-cyrillic-ext-400-italic.woff2?inline';
import notoCyrillicExt400Normal from '../../../../../resources/fonts/noto-sans/noto-sans-cyrillic-ext-400-normal.woff2?inline';
import notoCyrillicExt700Italic from '../../../../../resources/fonts/noto-sans/noto-sans-cyrillic-ext-700-italic.woff2?inline';
import notoCyrillicExt700Normal from '../../../../../resources/fonts/noto-sans/noto-sans-cyrillic-ext-700-normal.woff2?inline';
import notoLatin400Italic from '../../../../../resources/fonts/noto-sans/noto-sans-latin-400-italic.woff2?inline';
import notoLatin400Normal from '../../../../../resources/fonts/noto-sans/noto-sans-latin-400-normal.woff2?inline';
import notoLatin700Italic from '../../../../../resources/fonts/noto-sans/noto-sans-latin-700-italic.woff2?inline';
import notoLatin700Normal from '../../../../../resources/fonts/noto-sans/noto-sans-latin-700-normal.woff2?inline';
import notoLatinExt400Italic from '../../../../../resources/fonts/noto-sans/noto-sans-latin-ext-400-italic.woff2?inline';
import notoLatinExt400Normal from '../../../../../resources/fonts/noto-sans/noto-sans-latin-ext-400-normal.woff2?inline';
import notoLatinExt700Italic from '../../../../../resources/fonts/noto-sans/noto-sans-latin-ext-700-italic.woff2?inline';
import notoLatinExt700Normal from '../../../../../resources/fonts/noto-sans/noto-sans-latin-ext-700-normal.woff2?inline';

/** Each file name of FONT_FILES with its bytes as a data: URL. */
export const FONT_DATA_URLS: Readonly<Record<string, string>> = {
  'noto-sans-cyrillic-ext-400-normal.woff2': notoCyrillicExt400Normal,
  'noto-sans-cyrillic-ext-400-italic.woff2': notoCyrillicExt400Italic,
  'noto-sans-cyrillic-ext-700-normal.woff2': notoCyrillicExt700Normal,
  'noto-sans-cyrillic-ext-700-italic.woff2': notoCyrillicExt700Italic,
  'noto-sans-cyrillic-400-normal.woff2': notoCyrillic400Normal,
  'noto-sans-cyrillic-400-italic.woff2': notoCyrillic400Italic,
  'noto-sans-cyrillic-700-normal.woff2': notoCyrillic700Normal,
  'noto-sans-cyrillic-700-italic.woff2': notoCyrillic700Italic,
  'noto-sans-latin-ext-400-normal.woff2': notoLatinExt400Normal,
  'noto-sans-latin-ext-400-italic.woff2': notoLatinExt400Italic,
  'noto-sans-latin-ext-700-normal.woff2': notoLatinExt700Normal,
  'noto-sans-latin-ext-700-italic.woff2': notoLatinExt700Italic,
  'noto-sans-latin-400-normal.woff2': notoLatin400Normal,
  'noto-sans-latin-400-italic.woff2': notoLatin400Italic,
  'noto-sans-latin-700-normal.woff2': notoLatin700Normal,
  'noto-sans-latin-700-italic.woff2': notoLatin700Italic,
};
