import type * as Y from 'yjs';

import type { Field, FieldFault, FieldKind, Stored } from './field';

/**
 * A record kind's plain fields: key → kind. The order of the keys is the order
 * in which a new record's fields are written.
 */
export type FieldTable = { readonly [key: string]: Field<unknown> };

/** The plain values of a record of this kind, as the program shows them. */
export type FieldValues<T extends FieldTable> = {
  -readonly [K in keyof T]: T[K] extends Field<infer V> ? V : never;
};

/** One of a table's keys, as a string. */
export type FieldKey<T extends FieldTable> = keyof T & string;

/** The keys of a table's fields of one kind. */
export type FieldKeyOfKind<T extends FieldTable, Kind extends FieldKind> = {
  [K in FieldKey<T>]: T[K] extends { readonly kind: Kind } ? K : never;
}[FieldKey<T>];

export function fieldKeys<T extends FieldTable>(table: T): FieldKey<T>[] {
  return Object.keys(table);
}

function fieldOf<T extends FieldTable, K extends FieldKey<T>>(
  table: T,
  key: K,
): Field<FieldValues<T>[K]> {
  return table[key] as Field<FieldValues<T>[K]>;
}

/**
 * Where a record's plain fields are read from: its Y.Map, or a record stored as
 * one plain value (a review comment) read through the same kinds.
 */
export type FieldSource = { get(key: string): unknown };

/** Every plain field of a stored record, read with its kind's defaults and ranges. */
export function readFields<T extends FieldTable>(table: T, record: FieldSource): FieldValues<T> {
  const values: Partial<FieldValues<T>> = {};
  for (const key of fieldKeys(table)) values[key] = fieldOf(table, key).read(record.get(key));
  return values as FieldValues<T>;
}

/** The values of a new record: the table's initial values, then the given ones. */
export function initialFields<T extends FieldTable>(
  table: T,
  given: Partial<FieldValues<T>> = {},
): FieldValues<T> {
  const values: Partial<FieldValues<T>> = {};
  for (const key of fieldKeys(table)) {
    const value = given[key];
    values[key] = value === undefined ? fieldOf(table, key).initial : value;
  }
  return values as FieldValues<T>;
}

/** How a record of this kind holds its plain fields in its Y.Map. */
export type StoredFields<T extends FieldTable> = { [K in keyof T]: Stored };

/** The stored form of every plain field, in the table's order, checked by the writer's guards (throws RangeError). */
export function storedFields<T extends FieldTable>(
  table: T,
  values: FieldValues<T>,
): StoredFields<T> {
  const stored: Partial<StoredFields<T>> = {};
  for (const key of fieldKeys(table)) stored[key] = fieldOf(table, key).write(values[key]);
  return stored as StoredFields<T>;
}

/** The stored form of one value, checked by the writer's guard (throws RangeError). */
export function storedField<T extends FieldTable, K extends FieldKey<T>>(
  table: T,
  key: K,
  value: FieldValues<T>[K],
): Stored {
  return fieldOf(table, key).write(value);
}

/** Sets a stored field unless it already holds that value, so an unchanged value makes no update. */
export function setStored(record: Y.Map<unknown>, key: string, stored: Stored): void {
  if (!sameStored(record.get(key), stored)) record.set(key, stored);
}

function sameStored(current: unknown, stored: Stored): boolean {
  if (Array.isArray(stored)) {
    return (
      Array.isArray(current) &&
      current.length === stored.length &&
      stored.every((item, i) => current[i] === item)
    );
  }
  return current === stored;
}

/** The fields of a stored record that the writer could not have written, and why. */
export function fieldFaults<T extends FieldTable>(
  table: T,
  record: FieldSource,
): [FieldKey<T>, FieldFault][] {
  return fieldKeys(table).flatMap((key) => {
    const fault = fieldOf(table, key).fault(record.get(key));
    return fault === null ? [] : [[key, fault] as [FieldKey<T>, FieldFault]];
  });
}

/**
 * Writes, for each field missing from a stored record, the stored form of what
 * readers already show for it, so the record becomes whole without any change on
 * screen. Returns whether it wrote.
 */
export function fillMissingFields(table: FieldTable, record: Y.Map<unknown>): boolean {
  let wrote = false;
  for (const key of fieldKeys(table)) {
    if (record.has(key)) continue;
    const field = fieldOf(table, key);
    record.set(key, field.write(field.fallback));
    wrote = true;
  }
  return wrote;
}
