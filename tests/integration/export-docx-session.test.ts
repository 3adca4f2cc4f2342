import { beforeAll, describe, expect, it } from 'vitest';

import { sessionPlanDocx } from '../../renderer/src/features/export/docx';
import { readProgram } from '../../shared/model/read';
import { type SessionOutline } from '../../shared/print/outline-types';
import { singleSessionOutline } from '../../shared/print/program-outline';
import {
  DATES,
  ENGLISH,
  HOSTILE_URL,
  KAZAKH_ITEM,
  KAZAKH_TITLE,
  multilingualClilProgram,
  part,
  PROGRAM_TITLE,
  RUSSIAN_HEADING,
  saveDocx,
  unzipDocx,
} from './export-docx-fixture';
import {
  paragraphs,
  relationshipTargets,
  sections,
  tableRows,
  tables,
  type WordParagraph,
  xmlProblem,
} from './export-docx-reading';

describe('one session plan as a Word document', () => {
  let outline: SessionOutline;
  let parts: Map<string, string>;
  let document: string;
  let body: WordParagraph[];

  beforeAll(async () => {
    const { doc, kazakhSessionId } = multilingualClilProgram();
    const found = singleSessionOutline(readProgram(doc), kazakhSessionId, ENGLISH, DATES);
    if (found === null) throw new Error('The Kazakh session is missing from the program.');
    outline = found;
    const bytes = await sessionPlanDocx(outline, ENGLISH, { paperSize: 'letter' });
    saveDocx('session-plan-letter.docx', bytes);
    parts = unzipDocx(bytes);
    document = part(parts, 'word/document.xml');
    body = paragraphs(document);
  });

  it('is well-formed XML on one section of US Letter', () => {
    for (const [path, xml] of parts) {
      if (path.endsWith('.xml') || path.endsWith('.rels')) expect(xmlProblem(xml), path).toBeNull();
    }
    expect(sections(document).map((section) => section.page)).toEqual([
      { width: 12240, height: 15840, orientation: 'portrait' },
    ]);
  });

  it('is titled with the session, in Kazakh, then its title block', () => {
    expect(body.find((p) => p.style === 'Title')?.text).toBe(KAZAKH_TITLE);
    const [facts] = tables(document);
    const rows = tableRows(facts ?? '').map((row) => row.cells);
    expect(rows.slice(0, 7)).toEqual([
      [ENGLISH.facts.program, PROGRAM_TITLE],
      [ENGLISH.facts.day, 'Day 1'],
      [ENGLISH.facts.date, 'Mon, 11 May 2026'],
      [ENGLISH.facts.time, '09:00–09:45'],
      [ENGLISH.facts.duration, '45 min'],
      [ENGLISH.facts.facilitators, outline.facts[5]?.value],
      [ENGLISH.facts.location, outline.facts[6]?.value],
    ]);
    expect(rows[7]).toEqual([ENGLISH.facts.cefr, 'B1']);
  });

  it('has every section of the plan as a Heading 1 and every field as a Heading 2', () => {
    expect(body.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(
      outline.sections.map((section) => section.title),
    );
    const fields = outline.sections.flatMap((section) =>
      section.fields.map((field) => field.label),
    );
    expect(body.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(fields);
    for (const title of [
      'Objectives',
      'The 4Cs',
      'Key vocabulary and scaffolding',
      'Stages',
      'Assessment',
      'Inclusion (UDL)',
    ]) {
      expect(outline.sections.map((section) => section.title)).toContain(title);
    }
    expect(fields).toEqual(
      expect.arrayContaining([
        ENGLISH.fields.scaffolding,
        ENGLISH.fields.materials,
        ENGLISH.fields.preWork,
        ENGLISH.fields.followUp,
      ]),
    );
  });

  it('keeps the rich text: Russian heading, Kazakh list item, nested numbering, and no script link', () => {
    expect(body.find((p) => p.text === RUSSIAN_HEADING)?.style).toBe('Heading3');
    expect(body.find((p) => p.text === KAZAKH_ITEM)?.xml).toMatch(
      /<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/,
    );
    expect(body.find((p) => p.text === 'Вложенный пункт')?.xml).toContain('<w:ilvl w:val="1"/>');
    expect(part(parts, 'word/_rels/document.xml.rels')).not.toContain(HOSTILE_URL);
    const links = relationshipTargets(part(parts, 'word/_rels/document.xml.rels')).filter((r) =>
      r.type.endsWith('/hyperlink'),
    );
    for (const link of links) expect(link.target).toMatch(/^(https?|mailto):/);
  });

  it('has its stages table with a repeating header row and the total below', () => {
    const stages = tables(document).find((table) =>
      tableRows(table)[0]?.cells.includes(ENGLISH.stageColumns.phase),
    );
    const [header, ...rows] = tableRows(stages ?? '');
    expect(header?.xml).toContain('<w:tblHeader/>');
    expect(rows.map((row) => row.cells[1])).toEqual(outline.stages?.rows.map((row) => row.phase));
    expect(body.map((p) => p.text)).toContain(outline.stages?.total);
  });

  it('runs the program title in the header and a page number in the footer from the first page', () => {
    const header = [...parts].find(([path]) => /^word\/header\d+\.xml$/.test(path))?.[1] ?? '';
    const footer = [...parts].find(([path]) => /^word\/footer\d+\.xml$/.test(path))?.[1] ?? '';
    expect(paragraphs(header).map((p) => p.text)).toEqual([PROGRAM_TITLE]);
    expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(document).not.toContain('<w:titlePg/>');
    expect(document).not.toContain('TOC \\h');
  });
});
