import { isDeepStrictEqual } from 'node:util';

import * as Y from 'yjs';

import { programProblems } from '../../shared/model/invariants';
import { requireParts, rootOf } from '../../shared/model/layout';
import { readProgram } from '../../shared/model/read';
import { type Program } from '../../shared/model/types';
import { layoutProblems } from './rich-layout';

export type Replica = { name: string; doc: Y.Doc };

/** What went wrong; runs that fail with the same `kind` fail the same way. */
export type Failure = { kind: string; detail: string };

/** A problem from programProblems without its ids, which vary from run to run. */
export function problemKind(problem: string): string {
  return problem.replace(/^(block|day|co-tutor) \S+/, '$1 ·').replace(/ stage \S+/, ' stage ·');
}

/**
 * Everything that must hold once every frame is delivered: all replicas equal
 * (same state vector, same delete set, same raw JSON, same program read), and on
 * each the schema's invariants. The first replica is the reference.
 */
export function checkReplicas(replicas: readonly Replica[]): Failure[] {
  const views = replicas.map(view);
  const failures = views.flatMap(invariantFailures);
  const [reference, ...others] = views;
  if (reference === undefined) return failures;
  const vector = Y.encodeStateVector(reference.doc);
  const snapshot = Y.snapshot(reference.doc);
  for (const replica of others) {
    const differs = (kind: string, where = '') =>
      failures.push({
        kind: `diverged: ${kind}`,
        detail: `${replica.name} vs ${reference.name}${where}`,
      });
    if (!isDeepStrictEqual(Y.encodeStateVector(replica.doc), vector)) differs('state vector');
    else if (!Y.equalSnapshots(Y.snapshot(replica.doc), snapshot)) differs('delete set');
    for (const key of ['json', 'program'] as const) {
      const where = firstDifference(replica[key], reference[key], key);
      if (where !== null) differs(key, ` at ${where}`);
    }
  }
  return failures;
}

/** A replica with its root as raw JSON and as the program readers see (or why reading threw). */
type View = Replica & { json: unknown; program: Program | string };

function view({ name, doc }: Replica): View {
  let program: Program | string;
  try {
    program = readProgram(doc);
  } catch (error) {
    program = `readProgram threw ${String(error)}`;
  }
  return { name, doc, json: rootOf(doc).toJSON(), program };
}

/** The invariants of the schema (invariants.ts) and what it does not check yet. */
function invariantFailures({ name, doc, program }: View): Failure[] {
  const failures = programProblems(doc).map((problem) => ({
    kind: `invariant: ${problemKind(problem)}`,
    detail: `${name}: ${problem}`,
  }));
  if (typeof program === 'string')
    return [...failures, { kind: 'readProgram threw', detail: `${name}: ${program}` }];
  const parts = requireParts(doc);
  if (program.days.length === 0) failures.push({ kind: 'no days', detail: name });
  const shown = program.days.flatMap((day) => day.blocks.map((block) => block.id));
  const stored = [...parts.blocks.keys()].filter((id) => parts.blocks.get(id) instanceof Y.Map);
  if (new Set(shown).size !== shown.length)
    failures.push({ kind: 'block shown twice', detail: name });
  const missing = stored.filter((id) => !shown.includes(id));
  if (missing.length > 0)
    failures.push({ kind: 'block not shown', detail: `${name}: ${missing.join(', ')}` });
  for (const [field, xml] of richTexts(doc)) {
    for (const problem of layoutProblems(xml)) {
      failures.push({ kind: `rich text layout: ${problem}`, detail: `${name}: ${field}` });
    }
  }
  return failures;
}

/** Every rich-text field of the program, named for a report. */
export function richTexts(doc: Y.Doc): [string, Y.XmlText][] {
  const parts = requireParts(doc);
  const fields: [string, Y.XmlText][] = [];
  parts.text.forEach((xml, field) => fields.push([field, xml]));
  parts.blocks.forEach((block, id) => {
    const text = block.get('text');
    if (text instanceof Y.Map)
      text.forEach(
        (xml, field) => xml instanceof Y.XmlText && fields.push([`${id}.${field}`, xml]),
      );
  });
  return fields;
}

/** The path of the first difference between two plain values, or null when equal. */
export function firstDifference(actual: unknown, expected: unknown, path: string): string | null {
  if (isDeepStrictEqual(actual, expected)) return null;
  if (
    typeof actual !== 'object' ||
    typeof expected !== 'object' ||
    actual === null ||
    expected === null
  ) {
    return `${path}: ${JSON.stringify(actual)?.slice(0, 80)} ≠ ${JSON.stringify(expected)?.slice(0, 80)}`;
  }
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  for (const key of keys) {
    const inner = firstDifference(
      (actual as Record<string, unknown>)[key],
      (expected as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (inner !== null) return inner;
  }
  return `${path}: differ`;
}
