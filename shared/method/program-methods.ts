import type * as Y from 'yjs';

import { type Method, methodSchema } from './schema';

/**
 * The methods a program carries for its co-tutors ("Share with this program"):
 * a top-level map of the program's document, method id → the method as a plain
 * JSON value, so it travels with the program through sync and .cotutor files.
 * Each value is checked when read: one written by a newer version or damaged
 * is left out, never a failure of the program.
 */
export const PROGRAM_METHODS = 'methods';

function methodsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(PROGRAM_METHODS);
}

/** The program's methods that are valid, by name. */
export function readProgramMethods(doc: Y.Doc): Method[] {
  const methods: Method[] = [];
  for (const [id, value] of methodsOf(doc).entries()) {
    const parsed = methodSchema.safeParse(value);
    if (parsed.success && parsed.data.id === id) methods.push(parsed.data);
  }
  return methods.sort((a, b) => a.name.localeCompare(b.name));
}

/** Adds a method to the program, or replaces the one with its id. */
export function shareMethod(doc: Y.Doc, method: Method, origin: unknown): void {
  const value = methodSchema.parse(method);
  doc.transact(() => methodsOf(doc).set(value.id, value), origin);
}

export function unshareMethod(doc: Y.Doc, id: string, origin: unknown): void {
  doc.transact(() => methodsOf(doc).delete(id), origin);
}

/** Calls back after every change of the program's methods, from anyone; returns the unsubscribe. */
export function observeProgramMethods(doc: Y.Doc, listener: () => void): () => void {
  const methods = methodsOf(doc);
  methods.observe(listener);
  return () => methods.unobserve(listener);
}
