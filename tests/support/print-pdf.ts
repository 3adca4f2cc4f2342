import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reading a PDF back with poppler-utils, as a person's PDF viewer would show it. */

export const EXPORT_RESULTS = join(import.meta.dirname, '../../test-results/export');

export function savePdf(name: string, pdf: Uint8Array): string {
  mkdirSync(EXPORT_RESULTS, { recursive: true });
  const path = join(EXPORT_RESULTS, name);
  writeFileSync(path, pdf);
  return path;
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // poppler warns on stderr about PDF 2.0 tags it does not know (Strong, Em); the output is what counts.
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

export function pageCount(path: string): number {
  const pages = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [path]));
  if (pages === null) throw new Error(`pdfinfo found no page count in ${path}`);
  return Number(pages[1]);
}

/** The text of one page (1-based), as pdftotext -f N -l N gives it. */
export function pageText(path: string, page: number): string {
  return run('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-']);
}

/** Every page's text, in order. */
export function pageTexts(path: string): string[] {
  return Array.from({ length: pageCount(path) }, (_, index) => pageText(path, index + 1));
}

/** Line breaks and runs of spaces folded, so a title wrapped over two lines still matches. */
export function flat(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Folded and without hyphens: pdftotext joins a word hyphenated at the end of a
 * line ("School-" / "Lyceum" becomes "SchoolLyceum"), so comparisons of text
 * that may wrap leave hyphens out on both sides.
 */
export function unhyphenated(text: string): string {
  return flat(text).replace(/-\s?/gu, '');
}

/** The kinds of element in the tagged PDF's structure tree (H1, P, L, LI, Table, Link…), with their counts. */
export function structureOf(path: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of run('pdfinfo', ['-struct', path]).split('\n')) {
    const kind = /^\s+([A-Za-z][A-Za-z0-9]*)\b/.exec(line)?.[1];
    if (kind !== undefined && !line.trim().startsWith('/'))
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return counts;
}

export type PdfFont = { name: string; type: string; embedded: boolean; subset: boolean };

export function pdfFonts(path: string): PdfFont[] {
  const lines = run('pdffonts', [path])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
  return lines.map((line) => {
    // name type… encoding emb sub uni object ID: the last six columns are fixed words.
    const columns = line.trim().split(/\s+/);
    const [emb, sub] = columns.slice(-5, -3);
    return {
      name: columns[0] ?? '',
      type: columns.slice(1, -6).join(' '),
      embedded: emb === 'yes',
      subset: sub === 'yes',
    };
  });
}

/** Each page's size in points, width × height. */
export function pageSizes(path: string): { width: number; height: number }[] {
  const count = pageCount(path);
  const info = run('pdfinfo', ['-f', '1', '-l', String(count), path]);
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
}

/** One page as a PNG at 80 dpi under test-results/export/, for a person to look at. */
export function pageToPng(path: string, page: number, name: string): string {
  mkdirSync(EXPORT_RESULTS, { recursive: true });
  const target = join(EXPORT_RESULTS, name);
  run('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    path,
    target,
  ]);
  return `${target}.png`;
}
