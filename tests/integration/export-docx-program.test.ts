import { beforeAll, describe, expect, it } from 'vitest';

import { programDocx } from '../../renderer/src/features/export/docx';
import { readProgram } from '../../shared/model/read';
import type { ListBlock, RichText } from '../../shared/model/rich-text/types';
import { isBreakType } from '../../shared/model/schema';
import { type ProgramOutline } from '../../shared/print/outline-types';
import { programOutline } from '../../shared/print/program-outline';
import {
  DATES,
  ENGLISH,
  HOSTILE_TITLE,
  HOSTILE_URL,
  KAZAKH_ITEM,
  KAZAKH_TITLE,
  multilingualClilProgram,
  part,
  PROGRAM_TITLE,
  RUSSIAN_HEADING,
  SAFE_URL,
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
  type WordSection,
  xmlProblem,
} from './export-docx-reading';

type Exported = {
  parts: Map<string, string>;
  document: string;
  paragraphs: WordParagraph[];
  sections: WordSection[];
};

async function exportProgram(
  outline: ProgramOutline,
  paperSize: 'a4' | 'letter',
): Promise<Exported> {
  const bytes = await programDocx(outline, ENGLISH, { paperSize });
  saveDocx(`program-${paperSize}.docx`, bytes);
  const parts = unzipDocx(bytes);
  const document = part(parts, 'word/document.xml');
  return { parts, document, paragraphs: paragraphs(document), sections: sections(document) };
}

function listItems(content: RichText): number {
  const count = (list: ListBlock): number =>
    list.items.reduce(
      (sum, item) => sum + 1 + (item.sublist === undefined ? 0 : count(item.sublist)),
      0,
    );
  return content.reduce((sum, block) => sum + (block.type === 'list' ? count(block) : 0), 0);
}

describe('the whole program as a Word document', () => {
  let outline: ProgramOutline;
  let sessionCount: number;
  let a4: Exported;
  let letter: Exported;

  beforeAll(async () => {
    const { doc } = multilingualClilProgram();
    const program = readProgram(doc);
    sessionCount = program.days
      .flatMap((day) => day.blocks)
      .filter((block) => !isBreakType(block.type)).length;
    outline = programOutline(program, ENGLISH, DATES);
    a4 = await exportProgram(outline, 'a4');
    letter = await exportProgram(outline, 'letter');
  });

  it('is a package of well-formed XML parts', () => {
    for (const [path, xml] of a4.parts) {
      if (path.endsWith('.xml') || path.endsWith('.rels')) expect(xmlProblem(xml), path).toBeNull();
    }
  });

  it('opens on a cover with the title, theme, dates, venue, institutions and co-tutors', () => {
    const cover = paragraphs(a4.sections[0]?.xml ?? '');
    expect(cover.find((p) => p.style === 'Title')?.text).toBe(PROGRAM_TITLE);
    const text = cover.map((p) => p.text).join('\n');
    expect(text).toContain('CLIL');
    for (const fact of outline.cover) expect(text).toContain(fact.value);
    for (const label of ['Dates', 'Venue', 'Host institution', 'Partner institutions']) {
      expect(outline.cover.map((fact) => fact.label)).toContain(label);
    }
    expect(outline.coTutors.length).toBeGreaterThan(1);
    for (const tutor of outline.coTutors) expect(text).toContain(tutor.name);
  });

  it('has a table of contents field that Word updates, already filled in with every session', () => {
    expect(a4.document).toMatch(
      /<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/,
    );
    const entries = a4.paragraphs
      .filter((p) => p.style === 'TOC1')
      .map((p) => p.text.split('\t')[0]);
    expect(entries).toEqual([
      ENGLISH.sections.weekAtAGlance,
      ...outline.sessions.map((session) => session.title),
    ]);
  });

  it('sets out the week at a glance on one landscape section, a column for each day', () => {
    const [, week] = a4.sections;
    expect(week?.page).toEqual({ width: 16838, height: 11906, orientation: 'landscape' });
    const [table, ...others] = tables(week?.xml ?? '');
    expect(others).toEqual([]);
    expect(table?.match(/<w:gridCol /g)).toHaveLength(outline.timetable.length);
    const [header, blocks] = tableRows(table ?? '');
    expect(header?.xml).toContain('<w:tblHeader/>');
    expect(header?.cells).toEqual(outline.timetable.map((day) => `${day.heading}\n${day.date}`));
    outline.timetable.forEach((day, index) => {
      const cell = blocks?.cells[index] ?? '';
      for (const block of day.blocks) {
        expect(cell).toContain(block.time);
        expect(cell).toContain(block.title);
        if (!block.isBreak && block.facilitators !== '') expect(cell).toContain(block.facilitators);
      }
    });
  });

  it('starts every session plan on a new page under a Heading 1 with its title', () => {
    const titles = a4.paragraphs.filter(
      (p) => p.style === 'Heading1' && p.xml.includes('<w:pageBreakBefore/>'),
    );
    expect(titles).toHaveLength(sessionCount);
    expect(titles.map((p) => p.text)).toEqual(outline.sessions.map((session) => session.title));
    expect(a4.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toContain(
      ENGLISH.sections.objectives,
    );
  });

  it('keeps Kazakh, Russian and emoji exactly, and markup-like titles as text', () => {
    const texts = a4.paragraphs.map((p) => p.text);
    expect(texts).toContain(KAZAKH_TITLE);
    expect(texts).toContain(RUSSIAN_HEADING);
    expect(texts).toContain(KAZAKH_ITEM);
    expect(texts).toContain(HOSTILE_TITLE);
    expect(a4.document).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(a4.document).not.toContain('<script>');
  });

  it('writes rich text with Word headings, real lists and formatting', () => {
    const heading = a4.paragraphs.find((p) => p.text === RUSSIAN_HEADING);
    // Session Heading 1, section Heading 2, field Heading 3: the field's own heading comes next.
    expect(heading?.style).toBe('Heading4');
    const listed = a4.paragraphs.filter((p) => p.xml.includes('<w:numPr>'));
    const expected = outline.sessions
      .flatMap((session) =>
        session.sections.flatMap((section) => section.fields.map((field) => field.content)),
      )
      .reduce((sum, content) => sum + listItems(content), listItems(outline.learningOutcomes));
    expect(expected).toBeGreaterThan(100);
    expect(listed).toHaveLength(expected);
    expect(a4.paragraphs.filter((p) => /^\s*[•◦▪]/.test(p.text))).toEqual([]);
    const numbering = part(a4.parts, 'word/numbering.xml');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    const bold = a4.paragraphs.find((p) => p.text === 'Жирный и курсив');
    expect(bold?.xml).toMatch(/<w:b\/>.*Жирный/);
    expect(bold?.xml).toMatch(/<w:i\/>.*курсив/);
    expect(a4.paragraphs.find((p) => p.text === 'Подчёркнутый')?.xml).toContain(
      '<w:u w:val="single"/>',
    );
  });

  it('links only to web and mail addresses', () => {
    // The hostile link reaches the writer: only the writer keeps it from becoming a hyperlink.
    const inlines = JSON.stringify(outline.sessions[0]?.sections);
    expect(inlines).toContain(`"link":"${HOSTILE_URL}"`);
    const targets = relationshipTargets(part(a4.parts, 'word/_rels/document.xml.rels'));
    const links = targets
      .filter((target) => target.type.endsWith('/hyperlink'))
      .map((target) => target.target);
    expect(links).toContain(SAFE_URL);
    for (const link of links) expect(link).toMatch(/^(https?|mailto):/);
    expect(part(a4.parts, 'word/_rels/document.xml.rels')).not.toContain(HOSTILE_URL);
    const hostile = a4.paragraphs.find((p) => p.text === 'Do not click');
    expect(hostile?.xml).not.toContain('<w:hyperlink');
    expect(a4.paragraphs.find((p) => p.text === 'Ссылка на сайт')?.xml).toMatch(
      /<w:hyperlink [^>]*r:id=/,
    );
  });

  it('puts the stages in tables whose header row repeats on every page', () => {
    const stageTables = tables(a4.document).filter((table) =>
      tableRows(table)[0]?.cells.includes(ENGLISH.stageColumns.facilitator),
    );
    const withStages = outline.sessions.filter((session) => session.stages !== null);
    expect(stageTables).toHaveLength(withStages.length);
    stageTables.forEach((table, index) => {
      const [header, ...rows] = tableRows(table);
      expect(header?.xml).toContain('<w:tblHeader/>');
      expect(header?.cells).toEqual(Object.values(ENGLISH.stageColumns));
      expect(rows).toHaveLength(withStages[index]?.stages?.rows.length ?? -1);
      for (const row of rows) expect(row.xml).not.toContain('<w:tblHeader/>');
    });
  });

  it('runs the program title in the header and page numbers in the footer, but not on the cover', () => {
    const rels = relationshipTargets(part(a4.parts, 'word/_rels/document.xml.rels'));
    const partOf = (kind: 'header' | 'footer', type: 'default' | 'first') => {
      const reference = new RegExp(`<w:${kind}Reference w:type="${type}" r:id="([^"]+)"/>`);
      const id = reference.exec(a4.sections[0]?.xml ?? '')?.[1];
      const target = rels.find((relationship) => relationship.id === id)?.target;
      return part(a4.parts, `word/${target ?? `(no ${type} ${kind})`}`);
    };
    expect(paragraphs(partOf('header', 'default')).map((p) => p.text)).toEqual([PROGRAM_TITLE]);
    expect(partOf('footer', 'default')).toContain(
      '<w:instrText xml:space="preserve">PAGE</w:instrText>',
    );
    expect(
      paragraphs(partOf('header', 'first'))
        .map((p) => p.text)
        .join(''),
    ).toBe('');
    expect(a4.sections[0]?.xml).toContain('<w:titlePg/>');
    // Later sections carry no references of their own: Word continues the first section's.
    for (const section of a4.sections.slice(1))
      expect(section.xml).not.toMatch(/<w:(header|footer)Reference/);
  });

  it('sets A4 or US Letter pages', () => {
    expect(a4.sections.map((section) => section.page)).toEqual([
      { width: 11906, height: 16838, orientation: 'portrait' },
      { width: 16838, height: 11906, orientation: 'landscape' },
      { width: 11906, height: 16838, orientation: 'portrait' },
    ]);
    expect(letter.sections.map((section) => section.page)).toEqual([
      { width: 12240, height: 15840, orientation: 'portrait' },
      { width: 15840, height: 12240, orientation: 'landscape' },
      { width: 12240, height: 15840, orientation: 'portrait' },
    ]);
  });

  it('names Noto Sans as its font, with a fallback for Word where it is missing', () => {
    const styles = part(a4.parts, 'word/styles.xml');
    expect(styles).toMatch(
      /<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Noto Sans" w:cs="Noto Sans" w:eastAsia="Noto Sans" w:hAnsi="Noto Sans"\/>/,
    );
    expect(styles).toContain(
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"/>',
    );
    const fonts = part(a4.parts, 'word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="Noto Sans"><w:altName w:val="Arial"/>');
    expect(fonts).toContain('<w:family w:val="swiss"/>');
  });
});
