/**
 * The typeface of every printed document: Noto Sans (SIL Open Font License,
 * resources/fonts/noto-sans/OFL.txt), regular and bold, upright and italic, in
 * four subsets. Cyrillic-ext holds the Kazakh letters (ә ғ қ ң ө ү һ); latin-ext
 * holds Dutch, Polish, Turkish… Bundling the files makes a PDF look the same on
 * every computer, and Chromium embeds exactly the glyphs it uses.
 */

export const PRINT_FONT_FAMILY = 'Noto Sans';

/** One @font-face: a woff2 file as a data: URL and the characters it covers. */
export type PrintFontFace = {
  family: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  unicodeRange: string;
  dataUrl: string;
};

export type FontSubset = 'cyrillic-ext' | 'cyrillic' | 'latin-ext' | 'latin';

/** Ranges as @fontsource/noto-sans 5 publishes them; where subsets overlap, the later one wins. */
export const SUBSET_RANGES: Readonly<Record<FontSubset, string>> = {
  'cyrillic-ext': 'U+0460-052F, U+1C80-1C8A, U+20B4, U+2DE0-2DFF, U+A640-A69F, U+FE2E-FE2F',
  cyrillic: 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116',
  'latin-ext':
    'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, ' +
    'U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
  latin:
    'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, ' +
    'U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
};

/** A face to bundle, named by its file in resources/fonts/noto-sans. */
export type FontFile = {
  file: string;
  subset: FontSubset;
  weight: 400 | 700;
  style: 'normal' | 'italic';
};

const SUBSETS = Object.keys(SUBSET_RANGES) as FontSubset[];
const WEIGHTS = [400, 700] as const;
const STYLES = ['normal', 'italic'] as const;

export const FONT_FILES: readonly FontFile[] = SUBSETS.flatMap((subset) =>
  WEIGHTS.flatMap((weight) =>
    STYLES.map((style) => ({
      file: `noto-sans-${subset}-${weight}-${style}.woff2`,
      subset,
      weight,
      style,
    })),
  ),
);

/** A bundled file's name from its path. */
export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The faces, given each file's bytes as a data: URL (however the caller loaded them). */
export function printFontFaces(dataUrlOf: (file: string) => string): PrintFontFace[] {
  return FONT_FILES.map((font) => ({
    family: PRINT_FONT_FAMILY,
    weight: font.weight,
    style: font.style,
    unicodeRange: SUBSET_RANGES[font.subset],
    dataUrl: dataUrlOf(font.file),
  }));
}

const FONT_DATA_URL = /^data:font\/woff2;base64,[A-Za-z0-9+/]+={0,2}$/;
const UNICODE_RANGE =
  /^U\+[0-9A-F?]{1,6}(-[0-9A-F]{1,6})?(, ?U\+[0-9A-F?]{1,6}(-[0-9A-F]{1,6})?)*$/i;
const FAMILY = /^[\p{L}\p{N} -]{1,64}$/u;

/**
 * The @font-face rules. Every value is checked against a strict shape before it
 * enters the style sheet: the faces are an input, and nothing in one may end the
 * rule or the <style> element.
 */
export function fontFaceRules(faces: readonly PrintFontFace[]): string {
  return faces
    .map((face) => {
      const known =
        (face.weight === 400 || face.weight === 700) &&
        (face.style === 'normal' || face.style === 'italic');
      if (
        !known ||
        !FAMILY.test(face.family) ||
        !FONT_DATA_URL.test(face.dataUrl) ||
        !UNICODE_RANGE.test(face.unicodeRange)
      ) {
        throw new Error(
          `Not a usable print font face: ${face.family} ${face.weight} ${face.style}`,
        );
      }
      return (
        `@font-face { font-family: "${face.family}"; font-weight: ${face.weight}; font-style: ${face.style}; ` +
        `font-display: block; src: url(${face.dataUrl}) format("woff2"); unicode-range: ${face.unicodeRange}; }`
      );
    })
    .join('\n');
}
