import { Document, type FileChild, Footer, Header, type ISectionOptions, Packer } from 'docx';

import type { ExportLabels } from '../../../../../shared/print/labels';
import { FONT_TABLE } from './font-table';
import { printable } from './inline';
import { NUMBERING } from './lists';
import { type PageGeometry, pageProperties } from './page-setup';
import { pageNumberFooter, runningHeader } from './running-heads';
import { DOCUMENT_STYLES, DOCUMENT_THEME } from './styles';

/** A run of pages on one kind of page: Word starts each on a new page. */
export type DocumentSection = { page: PageGeometry; children: FileChild[] };

export type WordDocumentParts = {
  /** The document's title in File › Properties. */
  title: string;
  /** The title in the running header: always the program's. */
  programTitle: string;
  /** A cover page shows no running header or page number. */
  hasCover: boolean;
  /** A review copy says so in the running header. */
  isReviewCopy: boolean;
  sections: DocumentSection[];
};

/**
 * The sections with their paper, the shared styles and lists. Only the first
 * section holds the running header and footer: Word carries them into every
 * later section ("Same as Previous"), so a partner who edits the header edits
 * it once, and the page numbers run on through the landscape week.
 */
export function wordDocument(parts: WordDocumentParts, labels: ExportLabels): Document {
  const sections = parts.sections.filter((section) => section.children.length > 0);
  return new Document({
    title: printable(parts.title),
    creator: 'Cotutor',
    styles: DOCUMENT_STYLES,
    theme: DOCUMENT_THEME,
    numbering: NUMBERING,
    sections: sections.map((section, index): ISectionOptions => {
      const properties = pageProperties(section.page);
      if (index > 0) return { properties, children: section.children };
      return {
        properties: { ...properties, titlePage: parts.hasCover },
        headers: {
          default: runningHeader(
            parts.programTitle,
            parts.isReviewCopy ? labels.review.copy : null,
          ),
          ...(parts.hasCover ? { first: new Header({ children: [] }) } : {}),
        },
        footers: {
          default: pageNumberFooter(labels.page),
          ...(parts.hasCover ? { first: new Footer({ children: [] }) } : {}),
        },
        children: section.children,
      };
    }),
  });
}

/**
 * The .docx file's bytes. `uint8array` is the one output docx gives the same way
 * in the browser and in Node (a Buffer needs Node, a Blob needs a browser).
 */
export function packDocument(document: Document): Promise<Uint8Array> {
  return Packer.pack(document, 'uint8array', false, [FONT_TABLE]);
}
