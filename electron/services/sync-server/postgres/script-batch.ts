import type pg from 'pg';

import type { Database } from './database';

/** A query of the batch holds at most this many scripts… */
const MAX_SCRIPTS = 32;
/** …and this much text, unless one script alone is longer. */
const MAX_TEXT = 8 * 1024 * 1024;

type Waiting = {
  order: string;
  text: string;
  statements: number;
  resolve(results: pg.QueryResult[]): void;
  reject(error: unknown): void;
};

/**
 * Sends the scripts asked for in the same tick as one simple query, so that
 * the rooms written at one group commit (room-store.ts) share a round trip:
 * under the load of tests/bench/server-load.ts, 20 busy rooms made 40 round
 * trips a second, each waking a PostgreSQL backend and the server again, and
 * the driver's work took as much of the server's CPU as the rest of storing.
 *
 * One query is one implicit transaction: its scripts commit together or not at
 * all. Each script takes its locks as it starts, so the scripts go in `order`
 * (their rooms' names), and two processes whose batches share rooms take
 * those locks in the same order and never wait on each other in a cycle. A
 * query that fails is sent again script by script, so that one room the
 * database refuses does not fail the rooms beside it.
 */
export class ScriptBatch {
  private waiting: Waiting[] = [];

  constructor(private readonly database: Pick<Database, 'script'>) {}

  /** Runs `text` (of `statements` statements) in the next batch; its results, in order. */
  run(order: string, text: string, statements: number): Promise<pg.QueryResult[]> {
    return new Promise((resolve, reject) => {
      if (this.waiting.length === 0) setImmediate(() => this.send());
      this.waiting.push({ order, text, statements, resolve, reject });
    });
  }

  private send(): void {
    const batch = this.waiting.splice(0).sort((a, b) => (a.order < b.order ? -1 : 1));
    for (const part of parts(batch)) void this.sendPart(part);
  }

  private async sendPart(part: readonly Waiting[]): Promise<void> {
    try {
      const results = await this.database.script(part.map((script) => script.text).join(';\n'));
      let next = 0;
      for (const script of part) {
        script.resolve(results.slice(next, next + script.statements));
        next += script.statements;
      }
    } catch (error) {
      if (part.length === 1) {
        part[0]?.reject(error);
        return;
      }
      await Promise.all(part.map((script) => this.sendPart([script])));
    }
  }
}

/** The batch in queries of at most MAX_SCRIPTS scripts and MAX_TEXT characters. */
function parts(batch: readonly Waiting[]): Waiting[][] {
  const all: Waiting[][] = [];
  let current: Waiting[] = [];
  let length = 0;
  for (const script of batch) {
    const full = current.length >= MAX_SCRIPTS || length + script.text.length > MAX_TEXT;
    if (current.length > 0 && full) {
      all.push(current);
      current = [];
      length = 0;
    }
    current.push(script);
    length += script.text.length;
  }
  if (current.length > 0) all.push(current);
  return all;
}
