import * as Y from 'yjs';

import { rootOf } from '../../../shared/model/layout';

/** Whether a change happened inside a rich-text field (which only its editor shows). */
function insideRichText(type: Y.AbstractType<unknown>): boolean {
  for (
    let current: Y.AbstractType<unknown> | null = type;
    current !== null;
    current = current.parent
  ) {
    if (current instanceof Y.XmlText) return true;
  }
  return false;
}

/**
 * Calls back on every change to the program's structure and plain fields, but not
 * on typing inside rich text: the planner and forms need not re-read the week for
 * every keystroke in a session plan.
 */
export function observeStructure(doc: Y.Doc, onChange: () => void): () => void {
  const root = rootOf(doc);
  const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    if (events.some((event) => !insideRichText(event.target))) onChange();
  };
  root.observeDeep(handler);
  return () => root.unobserveDeep(handler);
}
