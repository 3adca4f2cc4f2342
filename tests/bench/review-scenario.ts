import { createHash } from 'node:crypto';

import * as Y from 'yjs';

import { addVersion, type VersionKind } from '../../shared/history/version-list';
import { createProgram } from '../../shared/model/create';
import { blockOf, richFieldOf } from '../../shared/model/layout';
import { setBlockField } from '../../shared/model/mutations/blocks';
import { isBreakType, SESSION_RICH_FIELDS } from '../../shared/model/schema';
import { anchorOf, flatten } from '../../shared/review/anchor';
import { createThread, reply } from '../../shared/review/threads';
import { type Run, runsOf, textHolders } from '../fuzz/rich-layout';
import { mulberry32 } from '../support/random';
import type { LargeProgram } from './large-program';

/**
 * The large program after a few weeks of the drafting cycle: 500 comment
 * threads of four comments each on ranges of the session plans, then 200
 * versions, each kept after some typing and retitling, as the automatic
 * versions of a busy program would be (a few of them named or kept on export).
 * Only the bodies the benchmark opens are kept; the list holds every entry.
 */
export const THREADS = 500;
export const COMMENTS_PER_THREAD = 4;
export const VERSIONS = 200;

export type ReviewScenario = {
  doc: Y.Doc;
  review: Y.Doc;
  /** The first version's body, and the last one's (the program as it is now). */
  oldest: Uint8Array;
  newest: Uint8Array;
  /** The mean size of a version body over all of them. */
  meanBodyBytes: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const AUTHORS = [
  { userId: 'a1', name: 'Aigerim Nurlanovna', color: '#1f77b4' },
  { userId: 'a2', name: 'Jonas Virtanen', color: '#d62728' },
  { userId: 'a3', name: 'Dana Seitkali', color: '#2ca02c' },
];

export function reviewScenario(large: LargeProgram, now: Date): ReviewScenario {
  const random = mulberry32(large.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const doc = new Y.Doc();
  doc.clientID = 0x10000000 + (large.seed % 0xe0000000);
  createProgram(doc, large.program);
  const review = new Y.Doc();
  const sessions = large.program.days
    .flatMap((day) => day.blocks)
    .filter((block) => !isBreakType(block.type))
    .map((block) => block.id);
  // A run of text in some field of some session, with enough characters to comment on.
  const someRun = (): { blockId: string; field: string; holder: Y.XmlText; run: Run } => {
    for (;;) {
      const blockId = pick(sessions);
      const field = pick(SESSION_RICH_FIELDS);
      const block = blockOf(doc, blockId);
      const xml = block === null ? null : richFieldOf(block, field);
      const holder = xml === null ? undefined : pick(textHolders(xml));
      const runs = holder === undefined ? [] : runsOf(holder.element);
      const run = runs.find((candidate) => candidate.text.length > 30);
      if (holder !== undefined && run !== undefined)
        return { blockId, field, holder: holder.element, run };
    }
  };

  let clock = now.getTime() - 30 * DAY_MS;
  for (let thread = 0; thread < THREADS; thread++) {
    const { blockId, field, holder, run } = someRun();
    const from = Math.floor(random() * (run.text.length - 20));
    const to = from + 5 + Math.floor(random() * 15);
    const start = { type: holder, index: run.start + 1 + from };
    const end = { type: holder, index: run.start + 1 + to };
    const { text, offsets } = flatten(holder, [start, end]);
    const quote = text.slice(offsets[0] ?? 0, offsets[1] ?? 0);
    const author = pick(AUTHORS);
    const id = createThread(
      review,
      { kind: 'range', blockId, field, anchor: anchorOf(start, end), quote },
      {
        author,
        text: 'Could this say which texts the participants read first?',
        mentions: [],
        at: clock,
      },
    );
    for (let answer = 1; answer < COMMENTS_PER_THREAD; answer++) {
      clock += 60_000;
      reply(review, id, {
        author: pick(AUTHORS),
        text: 'Yes — the two short articles from Monday, and the glossary of Tuesday.',
        mentions: [],
        at: clock,
      });
    }
  }

  let oldest: Uint8Array | null = null;
  let newest: Uint8Array = new Uint8Array();
  let bodyBytes = 0;
  for (let version = 0; version < VERSIONS; version++) {
    // Between two versions: some words typed into a few plans, a session retitled.
    for (let edit = 0; edit < 5; edit++) {
      const { holder, run } = someRun();
      holder.insert(run.start + 1 + Math.floor(random() * run.text.length), ' and in pairs');
    }
    setBlockField(doc, pick(sessions), 'title', `Session ${version}`, null);
    const body = Y.encodeStateAsUpdate(doc);
    oldest ??= body;
    newest = body;
    bodyBytes += body.byteLength;
    const kind: VersionKind = version % 20 === 0 ? 'named' : version % 7 === 0 ? 'export' : 'idle';
    const author = pick(AUTHORS);
    addVersion(review, {
      id: versionId(random),
      name: kind === 'named' ? `Draft ${version / 20 + 1}` : null,
      kind,
      author: { name: author.name, color: author.color },
      createdAt: new Date(now.getTime() - (VERSIONS - version) * (DAY_MS / 6)).toISOString(),
      size: body.byteLength,
      digest: createHash('sha256').update(body).digest('hex'),
    });
  }
  if (oldest === null) throw new Error('No version was kept.');
  return { doc, review, oldest, newest, meanBodyBytes: bodyBytes / VERSIONS };
}

function versionId(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}
