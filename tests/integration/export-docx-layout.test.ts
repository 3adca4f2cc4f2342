import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { programDocx } from '../../renderer/src/features/export/docx';
import { readProgram } from '../../shared/model/read';
import { type ProgramOutline } from '../../shared/print/outline-types';
import { programOutline } from '../../shared/print/program-outline';
import {
  DATES,
  ENGLISH,
  EXPORT_RESULTS,
  multilingualClilProgram,
  PROGRAM_TITLE,
  saveDocx,
} from './export-docx-fixture';

/**
 * The program's pages as LibreOffice lays the .docx out, read back with
 * poppler-utils. Both are optional on a developer's machine: without them these
 * checks are skipped, and the XML checks in export-docx-program still run.
 */

function installed(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const TOOLS = ['soffice', 'pdftotext', 'pdfinfo'];
const HAS_TOOLS = TOOLS.every(installed);

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** pdftotext joins a word broken at its hyphen ("12-|minute" → "12minute"), so titles are compared without hyphens. */
const unhyphenated = (text: string) => flat(text).replace(/-/g, '');

describe.skipIf(!HAS_TOOLS)(
  `the program in Word format, laid out by LibreOffice (needs ${TOOLS.join(', ')})`,
  () => {
    let outline: ProgramOutline;
    let pages: string[];
    let sizes: { width: number; height: number }[];
    let profile: string;

    beforeAll(async () => {
      outline = programOutline(readProgram(multilingualClilProgram().doc), ENGLISH, DATES);
      const docx = saveDocx(
        'program-a4-layout.docx',
        await programDocx(outline, ENGLISH, { paperSize: 'a4' }),
      );
      // A profile of its own, so a LibreOffice a person has open (or another test) does not hold the conversion.
      profile = mkdtempSync(join(tmpdir(), 'cotutor-soffice-'));
      run('soffice', [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        EXPORT_RESULTS,
        docx,
      ]);
      const pdf = join(EXPORT_RESULTS, 'program-a4-layout.pdf');
      const count = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1]);
      const info = run('pdfinfo', ['-f', '1', '-l', String(count), pdf]);
      sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => ({
        width: Math.round(Number(match[1])),
        height: Math.round(Number(match[2])),
      }));
      pages = Array.from({ length: count }, (_, index) =>
        flat(
          run('pdftotext', [
            '-enc',
            'UTF-8',
            '-f',
            String(index + 1),
            '-l',
            String(index + 1),
            pdf,
            '-',
          ]),
        ),
      );
    });

    afterAll(() => {
      if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
    });

    it('lays the week at a glance on the one landscape A4 page, after the cover and contents', () => {
      const landscape = sizes.flatMap((size, index) => (size.width > size.height ? [index] : []));
      expect(landscape).toEqual([2]);
      expect(sizes[2]).toEqual({ width: 842, height: 595 });
      for (const day of outline.timetable) expect(pages[2]).toContain(day.heading);
      for (const size of sizes.filter((_, index) => index !== 2))
        expect(size).toEqual({ width: 595, height: 842 });
    });

    it('starts every session on a page of its own, under the running header', () => {
      const header = `${unhyphenated(PROGRAM_TITLE)} `;
      const opening = pages.map(unhyphenated).flatMap((page) => {
        const body = page.startsWith(header) ? page.slice(header.length) : '';
        return outline.sessions
          .filter((session) => body.startsWith(unhyphenated(session.title)))
          .map((session) => session.id);
      });
      expect(opening).toEqual(outline.sessions.map((session) => session.id));
    });

    it('numbers the pages and leaves the cover without header or number', () => {
      expect(pages[0]).not.toMatch(/Page \d+ \/ \d+/);
      expect(pages[1]).toContain(`Page 2 / ${pages.length}`);
      expect(pages.at(-1)).toContain(`Page ${pages.length} / ${pages.length}`);
    });
  },
);
