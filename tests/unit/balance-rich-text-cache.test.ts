import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { RichTextCache } from '../../renderer/src/features/balance/rich-text-cache';
import { readRichText } from '../../shared/model/rich-text/decode';
import { writeRichText } from '../../shared/model/rich-text/encode';
import type { RichText } from '../../shared/model/rich-text/types';

const paragraph = (text: string): RichText => [{ type: 'paragraph', children: [{ text }] }];

/** Two fields of a plan, and a cache listening to every change of their document. */
function fields() {
  const doc = new Y.Doc();
  const text = doc.getMap<Y.XmlText>('text');
  const objectives = new Y.XmlText();
  const followUp = new Y.XmlText();
  text.set('languageObjectives', objectives);
  text.set('followUp', followUp);
  writeRichText(objectives, paragraph('Use the language of comparison.'));
  writeRichText(followUp, paragraph('Try one task in your own class.'));
  const cache = new RichTextCache();
  text.observeDeep((events) => cache.forget(events));
  return { doc, text, objectives, followUp, cache };
}

describe('the decoded text the Balance view keeps', () => {
  it('is decoded once and kept while nothing inside the field changes', () => {
    const { doc, objectives, followUp, cache } = fields();
    const first = cache.read(objectives);
    expect(first).toEqual(readRichText(objectives));
    doc.transact(() => writeRichText(followUp, paragraph('Observe a colleague.')));
    expect(cache.read(objectives)).toBe(first);
  });

  it('is read again after a change deep inside the field, and only that field', () => {
    const { objectives, followUp, cache } = fields();
    const before = cache.read(objectives);
    const other = cache.read(followUp);
    // Typing into the paragraph: the change is on the paragraph, inside the field.
    const inner = objectives.toDelta()[0].insert as Y.XmlText;
    inner.insert(inner.length, ' And of contrast.');
    expect(cache.read(objectives)).not.toBe(before);
    expect(cache.read(objectives)).toEqual(readRichText(objectives));
    expect(cache.read(followUp)).toBe(other);
  });

  it('forgets everything when emptied', () => {
    const { objectives, cache } = fields();
    const before = cache.read(objectives);
    cache.clear();
    expect(cache.read(objectives)).not.toBe(before);
    expect(cache.read(objectives)).toEqual(before);
  });
});
