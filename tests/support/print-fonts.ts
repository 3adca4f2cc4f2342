import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  type PrintFontFace,
  printFontFaces,
} from '../../renderer/src/features/export/print-view/font-faces';

export const FONT_DIRECTORY = join(import.meta.dirname, '../../resources/fonts/noto-sans');

/** The print fonts read from resources/ on disk, as the renderer's bundle carries them. */
export function printFontsFromDisk(): PrintFontFace[] {
  return printFontFaces(
    (file) =>
      `data:font/woff2;base64,${readFileSync(join(FONT_DIRECTORY, file)).toString('base64')}`,
  );
}
