import { describe, expect, it } from 'vitest';

import {
  fontFaceRules,
  type PrintFontFace,
} from '../../renderer/src/features/export/print-view/font-faces';
import { cssString, pageStyle } from '../../renderer/src/features/export/print-view/page-style';

/**
 * The parts of a print view's style sheet that come from the document: the
 * program's title in the running header, and the font faces. Neither may end
 * its string, its rule or the <style> element, whatever it holds.
 */
describe('the running header and page numbers', () => {
  it('turn any title into one CSS string, with nothing that closes it or the style sheet', () => {
    const hostile = "CLIL \"} </style><script>alert(1)</script> \\ 'x'\n next line";
    const literal = cssString(hostile);
    expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
    const inside = literal.slice(1, -1);
    expect(inside).not.toMatch(/["'<>&\n]/);
    // Every backslash begins a six-digit escape: none is left to escape the closing quote.
    expect(inside.replace(/\\[0-9a-f]{6}/g, '')).not.toContain('\\');
    expect(inside).toContain('\\00003cscript\\00003e');
  });

  it('keep Kazakh and Russian letters as they are, on one line', () => {
    expect(cssString('  Тіл үйрену\n\tәдістемесі  ')).toBe('"Тіл үйрену әдістемесі"');
  });

  it('name the paper and give the week its landscape page', () => {
    const a4 = pageStyle({ paperSize: 'a4', runningTitle: 'Week', pageWord: 'Page' });
    expect(a4).toContain('@page { size: A4;');
    expect(a4).toContain('@page timetable { size: A4 landscape; }');
    expect(a4).toContain('content: "Page" " " counter(page) " / " counter(pages)');
    expect(pageStyle({ paperSize: 'letter', runningTitle: 'Week', pageWord: 'Page' })).toContain(
      '@page timetable { size: letter landscape; }',
    );
  });
});

describe('the print font faces', () => {
  const face: PrintFontFace = {
    family: 'Noto Sans',
    weight: 400,
    style: 'normal',
    unicodeRange: 'U+0000-00FF, U+0131',
    dataUrl: 'data:font/woff2;base64,d09GMgABAAAA',
  };

  it('become @font-face rules', () => {
    expect(fontFaceRules([face])).toBe(
      '@font-face { font-family: "Noto Sans"; font-weight: 400; font-style: normal; font-display: block; ' +
        'src: url(data:font/woff2;base64,d09GMgABAAAA) format("woff2"); unicode-range: U+0000-00FF, U+0131; }',
    );
  });

  it('refuse anything that could leave its rule', () => {
    for (const bad of [
      { ...face, family: 'Noto"; } </style>' },
      { ...face, dataUrl: 'https://example.org/font.woff2' },
      { ...face, dataUrl: 'data:font/woff2;base64,AA) } body { x' },
      { ...face, unicodeRange: 'U+0000; } </style>' },
      { ...face, weight: 900 as 400 },
    ]) {
      expect(() => fontFaceRules([bad])).toThrow(/Not a usable print font face/);
    }
  });
});
