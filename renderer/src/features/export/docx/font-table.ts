import { FONT } from './styles';

/**
 * Word's font table, which docx leaves empty unless fonts are embedded. Where
 * Noto Sans is not installed, Word picks a stand-in from this entry: the PANOSE
 * numbers (read from Noto Sans' own OS/2 table) and "swiss" say it is a plain
 * sans serif, and the alternative name points to Arial, which every copy of
 * Word has and which covers the Cyrillic and Kazakh letters too. The font is
 * not embedded: Word takes TrueType or OpenType files, and ours are the PDF's WOFF2.
 */
const FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  `<w:font w:name="${FONT}">` +
  '<w:altName w:val="Arial"/>' +
  '<w:panose1 w:val="020B0502040504020204"/>' +
  '<w:charset w:val="00"/>' +
  '<w:family w:val="swiss"/>' +
  '<w:pitch w:val="variable"/>' +
  '</w:font>' +
  '</w:fonts>';

/** The package part that replaces docx's empty font table. */
export const FONT_TABLE = { path: 'word/fontTable.xml', data: FONT_TABLE_XML } as const;
