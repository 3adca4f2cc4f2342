import * as Y from 'yjs';

import { createProgram } from '../../shared/model/create';
import { blankProgram, newDay } from '../../shared/model/defaults';
import { type CoTutor } from '../../shared/model/records/co-tutor';
import { type Program } from '../../shared/model/types';
import { idContext, nextId } from './ids';
import { type Rng, someText } from './random';
import * as value from './values';

/** What every replica starts from: one program, created once, and who is online. */
export type Setup = {
  /** The program as one update, applied to every client (and maybe the server). */
  program: Uint8Array;
  /** False models a fresh server (or a room nobody persisted): it learns the program from the clients. */
  serverHasProgram: boolean;
  online: boolean[];
};

export function makeSetup(rng: Rng, clients: number): Setup {
  idContext('init');
  const tutors: CoTutor[] = Array.from({ length: rng.int(1, 4) }, () => ({
    id: nextId(),
    name: someText(rng, 1, 3),
    institution: rng.pick([
      'Universiteit Leiden',
      'Astana IT University',
      'Toraighyrov University',
    ]),
    role: value.shortText(rng),
  }));
  const tutorIds = tutors.map((tutor) => tutor.id);
  const days = Array.from({ length: rng.int(2, 5) }, () => ({ ...newDay(), id: nextId() }));
  for (let count = rng.int(3, 9); count > 0; count--)
    rng.pick(days).blocks.push(value.block(rng, tutorIds));
  const program: Program = {
    ...blankProgram({ title: value.title(rng), theme: value.theme(rng) }, 0),
    id: nextId(),
    text: { learningOutcomes: value.richText(rng) },
    coTutors: tutors,
    days,
  };
  const doc = new Y.Doc();
  // Not a client's id: the program was made earlier, on some computer.
  doc.clientID = 1000;
  createProgram(doc, program);
  return {
    program: Y.encodeStateAsUpdate(doc),
    serverHasProgram: rng.chance(0.75),
    online: Array.from({ length: clients }, () => rng.chance(0.8)),
  };
}
