import * as Y from 'yjs';

/**
 * A Y.Map used as a record with known keys. The cast is the only place where the
 * shape is asserted; readers still check values (read.ts), because a document can
 * come from another client or an older version.
 */
export type YRecord<T extends object> = Y.Map<unknown> & {
  get<K extends keyof T & string>(key: K): T[K] | undefined;
  set<K extends keyof T & string>(key: K, value: T[K]): T[K];
};

export function asRecord<T extends object>(map: Y.Map<unknown>): YRecord<T> {
  return map as YRecord<T>;
}

/** A new (not yet integrated) Y.Map holding the given fields. */
export function newRecord<T extends object>(fields: T): YRecord<T> {
  const map = asRecord<T>(new Y.Map<unknown>());
  for (const [key, value] of Object.entries(fields)) map.set(key as keyof T & string, value);
  return map;
}
