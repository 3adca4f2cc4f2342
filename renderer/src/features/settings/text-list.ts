/**
 * Edits of a list of short texts (working languages, partner institutions). The
 * list is stored whole in the program's metadata, so every edit produces the
 * next list; entries are kept exactly as typed.
 */

/** The list with one entry changed; an entry cleared to nothing is taken out. */
export function withEntry(list: readonly string[], index: number, value: string): string[] {
  if (index < 0 || index >= list.length) return [...list];
  if (value.trim() === '') return withoutEntry(list, index);
  return list.map((entry, at) => (at === index ? value : entry));
}

export function withoutEntry(list: readonly string[], index: number): string[] {
  return list.filter((_, at) => at !== index);
}

/** The list with a new entry at the end; blank entries are not added. */
export function withAddedEntry(list: readonly string[], value: string): string[] {
  return value.trim() === '' ? [...list] : [...list, value];
}
