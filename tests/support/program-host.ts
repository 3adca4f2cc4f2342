import * as Y from 'yjs';

import type { Host } from '../../renderer/src/host';
import type { HostApi, ProgramSharing } from '../../shared/host-api/contract';
import { createProgram } from '../../shared/model/create';
import { blankProgram, newBlock, newDay } from '../../shared/model/defaults';
import { type Program } from '../../shared/model/types';

/** A program of one day with the given session titles. */
export function programOf(titles: string[]): Program {
  const program = blankProgram({ title: 'CLIL week' }, 1);
  program.days = [newDay({ blocks: titles.map((title) => newBlock('workshop', { title })) })];
  return program;
}

/** The stored state of a new program, as documents.load returns it. */
export function storedStateOf(program: Program): Uint8Array {
  const doc = new Y.Doc();
  createProgram(doc, program);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

export type MemoryHost = Host & { appended: Uint8Array[]; reviewAppended: Uint8Array[] };

const EMPTY_REVIEW = Y.encodeStateAsUpdate(new Y.Doc());

/**
 * Just enough of the host API for a ProgramSession in Node: the program's stored
 * state and its review document's, where their updates are appended, and how it
 * is shared.
 */
export function memoryHost(
  state: Uint8Array,
  sharing: ProgramSharing | null = null,
  review: Uint8Array = EMPTY_REVIEW,
): MemoryHost {
  const appended: Uint8Array[] = [];
  const reviewAppended: Uint8Array[] = [];
  const host = {
    appended,
    reviewAppended,
    documents: {
      load: async () => state,
      loadReview: async () => review,
      recovery: async () => null,
      append: async ({ updates }: { id: string; updates: Uint8Array[] }) => {
        appended.push(...updates);
      },
      appendReview: async ({ updates }: { id: string; updates: Uint8Array[] }) => {
        reviewAppended.push(...updates);
      },
    },
    sharing: { get: async () => sharing },
    onCommand: () => () => undefined,
  };
  // The session reads nothing else of the host.
  return host as unknown as MemoryHost;
}

/**
 * The whole host API of real services (createHostServices: real files, real
 * storage) as a window sees it, for driving ProgramSession headless end to end:
 * open, edit the program or its review document, close, open again.
 */
export function servicesHost(api: HostApi): Host {
  return { ...api, onCommand: () => () => undefined };
}
