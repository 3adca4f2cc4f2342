/**
 * Reader of the values that are not plain fields of a record (ranks, the
 * program's id): a document may come from another client, an older version or a
 * damaged file, so the value is checked and falls back to a harmless default.
 * Plain fields are read through their tables (records/).
 */
export function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}
