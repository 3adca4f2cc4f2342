import * as Y from 'yjs';

import { partsOf, requireParts, rootOf } from './layout';
import { SCHEMA_VERSION } from './schema';

export type DocumentCheck =
  | { ok: true; version: number }
  | { ok: false; reason: 'empty' | 'not-a-program' | 'newer-version'; version?: number };

/**
 * Steps that bring a document from version N to N + 1. A step runs inside one
 * transaction and must be safe when two clients run it at once: it may only set
 * missing plain values or create types that are still empty (docs/file-format.md).
 */
const MIGRATIONS: Record<number, (doc: Y.Doc) => void> = {
  // 2: what happened on the day of delivery (docs/today.md). Written out here,
  // not from the table, so this step stays what it was when the table changes.
  1: (doc) => {
    requireParts(doc).blocks.forEach((block: unknown) => {
      if (!(block instanceof Y.Map)) return;
      if (!block.has('overrunMin')) block.set('overrunMin', 0);
      if (!block.has('deliveryNote')) block.set('deliveryNote', '');
      if (!block.has('participantCount')) block.set('participantCount', null);
      if (!block.has('changeNextTime')) block.set('changeNextTime', '');
    });
  },
};

/** Whether a loaded document can be opened by this version of the application. */
export function checkDocument(doc: Y.Doc): DocumentCheck {
  const root = rootOf(doc);
  if (root.size === 0) return { ok: false, reason: 'empty' };
  const version = root.get('schemaVersion');
  if (typeof version !== 'number' || partsOf(doc) === null)
    return { ok: false, reason: 'not-a-program' };
  if (version > SCHEMA_VERSION) return { ok: false, reason: 'newer-version', version };
  return { ok: true, version };
}

/** Runs the steps from the document's version up to the current one. */
export function migrate(doc: Y.Doc, origin: unknown = null): void {
  const check = checkDocument(doc);
  if (!check.ok) return;
  for (let version = check.version; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (step === undefined) throw new Error(`No migration from schema version ${version}.`);
    doc.transact(() => {
      step(doc);
      rootOf(doc).set('schemaVersion', version + 1);
    }, origin);
  }
}
