import { checkReplicas, type Failure, type Replica } from './checks';
import { makeSetup } from './fixture';
import { idContext } from './ids';
import { randomEdit } from './ops';
import { type Outcomes, outcomesOf } from './outcomes';
import { Rng } from './random';
import { checkReviews, reviewOutcomesOf } from './review-checks';
import { type Event, type Room, Simulation } from './simulation';

export const CLIENTS = 5;

/** `undo`: clients also undo and redo (COTUTOR_FUZZ_UNDO=1; see docs/file-format.md for why it is off). */
export type RoundOptions = { undo: boolean };

export type RoundResult = {
  seed: number;
  script: Event[];
  failures: Failure[];
  outcomes: Outcomes;
};

/**
 * One round: five co-tutors edit for a few steps while the network delays,
 * batches and drops frames and clients go offline and come back; then everyone
 * reconnects, everything is delivered, and the replicas are checked.
 */
export function runRound(seed: number, options: RoundOptions): RoundResult {
  const rng = new Rng(seed);
  const simulation = new Simulation(makeSetup(rng, CLIENTS), options.undo);
  const script: Event[] = [];
  const run = (event: Event) => {
    script.push(event);
    simulation.apply(event);
  };
  const edits = new Array<number>(CLIENTS).fill(0);
  for (let step = rng.int(3, 6); step > 0; step--) {
    for (const client of rng.shuffle([...edits.keys()])) {
      for (let count = rng.int(1, 3); count > 0; count--) {
        const context = `c${client}.${edits[client] ?? 0}`;
        edits[client] = (edits[client] ?? 0) + 1;
        idContext(context);
        run({
          kind: 'edit',
          client,
          context,
          edit: randomEdit(rng, simulation.doc(client), options.undo),
        });
      }
      // Sometimes frames arrive while others are still typing.
      if (rng.chance(0.3)) deliverSome(rng, simulation, run, rng.int(1, 3));
    }
    churn(rng, simulation, run);
    deliverSome(rng, simulation, run, rng.int(0, 8));
  }
  const failures = finish(simulation);
  const outcomes =
    failures.length === 0
      ? {
          ...outcomesOf(simulation.network.server.doc),
          ...reviewOutcomesOf(simulation.network.server.doc, simulation.review.server.doc),
          'repairs written': simulation.repairs,
        }
      : {};
  return { seed, script, failures, outcomes };
}

/** Runs a recorded script again from the same seed's starting point (used to shrink a failure). */
export function replay(seed: number, script: readonly Event[], options: RoundOptions): Failure[] {
  const simulation = new Simulation(makeSetup(new Rng(seed), CLIENTS), options.undo);
  for (const event of script) simulation.apply(event);
  return finish(simulation);
}

const ROOMS: readonly Room[] = ['program', 'review'];

/**
 * Some clients drop off (part of what they had in flight still arrives), some
 * come back; mostly from both rooms at once, as when the network goes, sometimes
 * from one.
 */
function churn(rng: Rng, simulation: Simulation, run: (event: Event) => void): void {
  simulation.network.clients.forEach((_, index) => {
    const change = rng.chance(0.8) ? 'both' : rng.pick(ROOMS);
    const drop = rng.chance(0.15);
    const back = rng.chance(0.4);
    for (const room of ROOMS) {
      if (change !== 'both' && change !== room) continue;
      const connection = simulation.room(room).client(index).connection;
      if (connection !== null && drop) {
        run({
          kind: 'disconnect',
          room,
          client: index,
          up: rng.int(0, connection.up.length),
          down: rng.int(0, connection.down.length),
        });
      } else if (connection === null && back) {
        run({ kind: 'connect', room, client: index });
      }
    }
  });
}

/**
 * Delivers from randomly chosen queues: one frame or a batch, in order within a
 * connection. A queue not chosen is held back, so frames of different
 * connections overtake each other.
 */
function deliverSome(
  rng: Rng,
  simulation: Simulation,
  run: (event: Event) => void,
  times: number,
): void {
  for (let time = 0; time < times; time++) {
    const queues = ROOMS.flatMap((room) =>
      simulation
        .room(room)
        .queues()
        .map((queue) => ({ ...queue, room })),
    );
    if (queues.length === 0) return;
    const queue = rng.pick(queues);
    const count = rng.chance(0.5) ? 1 : rng.int(1, queue.length);
    run({
      kind: 'deliver',
      room: queue.room,
      client: queue.client,
      direction: queue.direction,
      count,
    });
  }
}

function finish(simulation: Simulation): Failure[] {
  const { network, review } = simulation;
  const failures = [...simulation.failures];
  for (const room of ROOMS) {
    const rooms = simulation.room(room);
    if (!rooms.settle())
      failures.push({
        kind: `never settled (${room})`,
        detail: 'frames kept coming after 100,000',
      });
    failures.push(
      ...rooms.errors.map((error) => ({
        kind: `update failed to apply (${room})`,
        detail: String(error),
      })),
    );
  }
  const replicas: Replica[] = [
    { name: 'server', doc: network.server.doc },
    ...network.clients.map((client, index) => ({ name: `c${index}`, doc: client.doc })),
  ];
  const reviews: Replica[] = [
    { name: 'server', doc: review.server.doc },
    ...review.clients.map((client, index) => ({ name: `c${index}`, doc: client.doc })),
  ];
  return failures
    .concat(checkReplicas(replicas))
    .concat(checkReviews(replicas, reviews, simulation.threads));
}
