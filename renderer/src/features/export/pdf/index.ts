/// <reference types="vite/client" />
// Loaded only when a program PDF is made: the PDF library and the digits' font are a chunk of their own.
import numberFont from '../../../../../resources/fonts/noto-sans/noto-sans-latin-400-normal.woff?inline';

export { addContentsPageNumbers } from './contents-page-numbers';

/** The font file the contents' page numbers are written in (CONTENTS_NUMBER_FONT), from the bundle. */
export function contentsNumberFont(): Uint8Array {
  const binary = atob(numberFont.slice(numberFont.indexOf(',') + 1));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}
