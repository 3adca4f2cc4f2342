import * as Y from 'yjs';

import { readRichText } from '../../../../shared/model/rich-text/decode';
import type { RichText } from '../../../../shared/model/rich-text/types';

/**
 * The decoded rich text of one open program's fields, each kept until a change
 * inside it. A stage edit, a move or a co-tutor's typing in one field then
 * re-decodes nothing, or that one field, instead of every session's ten. It is
 * right only while `forget` hears every change of the document, so it is
 * emptied whenever a view starts listening.
 */
export class RichTextCache {
  private decoded = new WeakMap<Y.XmlText, RichText>();

  clear(): void {
    this.decoded = new WeakMap();
  }

  read(xml: Y.XmlText): RichText {
    let text = this.decoded.get(xml);
    if (text === undefined) {
      text = readRichText(xml);
      this.decoded.set(xml, text);
    }
    return text;
  }

  /** Drops every field a change reached: the changed text and the texts it sits in. */
  forget(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): void {
    for (const event of events) {
      let type: unknown = event.target;
      while (type instanceof Y.AbstractType) {
        if (type instanceof Y.XmlText) this.decoded.delete(type);
        type = type._item?.parent;
      }
    }
  }
}
