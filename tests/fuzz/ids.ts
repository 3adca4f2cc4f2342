/**
 * Readable, replayable ids for the fuzz. The model takes its ids from
 * `shared/model/ids.ts` (random UUIDs); the fuzz test swaps that module for
 * `nextId` (vi.mock), because setDayCount creates day ids itself and an id also
 * breaks ties between equal ranks: random ids would make a seed replay differently.
 *
 * Every id names the edit that made it ("c2.17.0": client 2's 17th edit, first
 * id), so an edit replayed on its own (while shrinking a failure) recreates the
 * same ids, and a log line says where an id came from.
 */
let context = 'init';
let counter = 0;

/** Ids made from now on belong to `name` (an edit, or the initial program). */
export function idContext(name: string): void {
  context = name;
  counter = 0;
}

export function nextId(): string {
  return `${context}.${counter++}`;
}
