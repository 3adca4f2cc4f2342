/**
 * Reading WordprocessingML back with regular expressions, enough for the Word
 * export's tests: the project has no XML parser, and docx writes each element on
 * one line without comments or CDATA, so tags can be matched as written.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text as it reads, with XML's escapes undone. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

export type WordParagraph = {
  xml: string;
  /** The paragraph style's id, such as "Heading1", or null for Normal. */
  style: string | null;
  /** Its text: every w:t, with tabs as \t. */
  text: string;
};

export function paragraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>.*?<\/w:p>|<w:p(?:\s[^>]*)?\/>/gs)].map(
    ([paragraph]) => ({
      xml: paragraph,
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)?.[1] ?? null,
      text: [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
        .map(([whole, text]) =>
          text === undefined ? (whole === '<w:tab/>' ? '\t' : '') : decodeXml(text),
        )
        .join(''),
    }),
  );
}

/** The tables, outermost first; the exports never nest one table in another. */
export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([table]) => table);
}

/** Each row of a table as its cells' texts. */
export function tableRows(table: string): { xml: string; cells: string[] }[] {
  return [...table.matchAll(/<w:tr(?:\s[^>]*)?>.*?<\/w:tr>/gs)].map(([row]) => ({
    xml: row,
    cells: [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) =>
      paragraphs(cell)
        .map((p) => p.text)
        .join('\n'),
    ),
  }));
}

export type WordSection = {
  /** The section's content, its properties included. */
  xml: string;
  page: { width: number; height: number; orientation: string };
};

/**
 * The body's sections in order: every section but the last ends in a paragraph
 * holding its properties, the last one's follow the body's content.
 */
export function sections(documentXml: string): WordSection[] {
  const body = /<w:body>(.*)<\/w:body>/s.exec(documentXml)?.[1] ?? '';
  const found: WordSection[] = [];
  let start = 0;
  for (const match of body.matchAll(/<w:sectPr(?:\s[^>]*)?>.*?<\/w:sectPr>/gs)) {
    const end = (match.index ?? 0) + match[0].length;
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"(?: w:orient="(\w+)")?\/>/.exec(match[0]);
    found.push({
      xml: body.slice(start, end),
      page: {
        width: Number(size?.[1]),
        height: Number(size?.[2]),
        orientation: size?.[3] ?? 'portrait',
      },
    });
    start = end;
  }
  return found;
}

/** The first reason the XML is not well formed (unbalanced or crossed tags), or null. */
export function xmlProblem(xml: string): string | null {
  const open: string[] = [];
  for (const [tag, closing, name, selfClosing] of xml.matchAll(
    /<(\/?)([\w:.-]+)(?:\s[^<>]*?)?(\/?)>/g,
  )) {
    if (selfClosing === '/') continue;
    if (closing === '') {
      open.push(name ?? '');
      continue;
    }
    const expected = open.pop();
    if (expected !== name) return `${tag} closes <${expected ?? 'nothing'}>`;
  }
  if (/<(?![/?\w])/.test(xml)) return 'a bare < in the text';
  return open.length === 0 ? null : `<${open.join('>, <')}> never closed`;
}

/** Every relationship of a part's .rels: its id, its type and its target. */
export function relationshipTargets(rels: string): { id: string; type: string; target: string }[] {
  return [...rels.matchAll(/<Relationship\s[^>]*?\/>/g)].map(([relationship]) => ({
    id: /Id="([^"]+)"/.exec(relationship)?.[1] ?? '',
    type: /Type="([^"]+)"/.exec(relationship)?.[1] ?? '',
    target: decodeXml(/Target="([^"]+)"/.exec(relationship)?.[1] ?? ''),
  }));
}
