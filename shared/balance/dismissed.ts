import type * as Y from 'yjs';
import { z } from 'zod';

import { FLAG_KINDS } from './flags';

/**
 * Dismissed flags live in the program's document, in a top-level map of their
 * own (`dismissedFlags`: flag id → true), so co-tutors share them and a
 * dismissal travels with syncing, `.cotutor` files and versions like any edit,
 * without touching the program's layout.
 */
export const DISMISSED_FLAGS = 'dismissedFlags';

/** At most this many are read: a peer's document cannot make the balance slow. */
const MAX_DISMISSED = 5000;

const flagId = z
  .string()
  .max(200)
  .refine((id) => FLAG_KINDS.some((kind) => id === kind || id.startsWith(`${kind}:`)));
const dismissal = z.literal(true);

export function dismissedFlagsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DISMISSED_FLAGS);
}

/** The ids of the dismissed flags; anything else in the map is ignored. */
export function readDismissed(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  for (const [id, value] of dismissedFlagsOf(doc).entries()) {
    if (ids.size >= MAX_DISMISSED) break;
    if (flagId.safeParse(id).success && dismissal.safeParse(value).success) ids.add(id);
  }
  return ids;
}

export function dismissFlag(doc: Y.Doc, id: string): void {
  if (!flagId.safeParse(id).success) throw new Error(`Not a flag: ${id}`);
  dismissedFlagsOf(doc).set(id, true);
}
