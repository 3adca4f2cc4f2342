import * as Y from 'yjs';

import type { BalanceSource } from '../../../../shared/balance/balance';
import { COVERAGE_COLUMNS } from '../../../../shared/balance/coverage';
import { blockOf } from '../../../../shared/model/layout';
import { readDays, readMeta } from '../../../../shared/model/read';
import { readRichText } from '../../../../shared/model/rich-text/decode';
import type { SessionRichField, Theme } from '../../../../shared/model/schema';
import type { RichTextCache } from './rich-text-cache';

/** The rich-text fields the balance reads: the coverage grid's, which include the flags'. */
export const BALANCE_FIELDS = Object.values(COVERAGE_COLUMNS).flat() as SessionRichField[];
/** The only fields the flags read; the planner decodes no more than these. */
export const FLAG_FIELDS: readonly SessionRichField[] = ['languageObjectives', 'followUp'];

export type BalanceProgram = BalanceSource & { meta: { theme: Theme } };

/**
 * Days, blocks and stages, with only the session-plan fields the balance looks
 * at decoded (the other rich text, half of a plan's words, is never read), and
 * those taken from `cache` where it has them.
 */
export function readBalanceSource(
  doc: Y.Doc,
  fields: readonly SessionRichField[],
  cache?: RichTextCache,
): BalanceProgram {
  const days = readDays(doc, { withText: false });
  for (const day of days) {
    for (const block of day.blocks) {
      const text = blockOf(doc, block.id)?.get('text');
      if (!(text instanceof Y.Map)) continue;
      for (const field of fields) {
        const xml = text.get(field);
        if (xml instanceof Y.XmlText) block.text[field] = cache?.read(xml) ?? readRichText(xml);
      }
    }
  }
  return { meta: { theme: readMeta(doc).theme }, days };
}
