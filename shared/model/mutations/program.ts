import * as Y from 'yjs';

import { blocksOfDay } from '../day-blocks';
import { newId } from '../ids';
import { type DayFields, requireParts } from '../layout';
import { isPlacement } from '../placement';
import { rankForIndex, sortedEntries } from '../ranked-map';
import {
  DAY_FIELDS,
  initialFields,
  META_FIELDS,
  readFields,
  setStored,
  storedField,
  storedFields,
} from '../records';
import { LIMITS } from '../schema';
import type { ProgramMeta } from '../types';
import { newRecord } from '../y-record';

export function setMetaField<K extends keyof ProgramMeta>(
  doc: Y.Doc,
  field: K,
  value: ProgramMeta[K],
  origin: unknown,
): void {
  const stored = storedField(META_FIELDS, field, value);
  doc.transact(() => setStored(requireParts(doc).meta, field, stored), origin);
}

export function setDayTimes(
  doc: Y.Doc,
  dayId: string,
  times: { startMin: number; plannedEndMin: number },
  origin: unknown,
): void {
  const startMin = storedField(DAY_FIELDS, 'startMin', times.startMin);
  const plannedEndMin = storedField(DAY_FIELDS, 'plannedEndMin', times.plannedEndMin);
  doc.transact(() => {
    const day = requireParts(doc).days.get(dayId);
    if (!(day instanceof Y.Map)) return;
    setStored(day, 'startMin', startMin);
    setStored(day, 'plannedEndMin', plannedEndMin);
  }, origin);
}

/**
 * Adds days at the end or removes them from the end. The blocks of a removed day
 * move to the end of the last day that remains, so shortening the week never
 * deletes a session plan.
 */
export function setDayCount(doc: Y.Doc, count: number, origin: unknown): void {
  if (!Number.isInteger(count) || count < 1 || count > LIMITS.maxDays) {
    throw new RangeError(`A program has from 1 to ${LIMITS.maxDays} days.`);
  }
  doc.transact(() => {
    const { days, blocks } = requireParts(doc);
    const ordered = sortedEntries(days);
    const last = ordered[ordered.length - 1];
    if (count > ordered.length) {
      // New days keep the times of the last day, as a co-tutor adding a day expects.
      const template = last === undefined ? undefined : days.get(last.id);
      const times =
        template instanceof Y.Map ? readFields(DAY_FIELDS, template) : initialFields(DAY_FIELDS);
      for (let index = ordered.length; index < count; index++) {
        const rank = rankForIndex(sortedEntries(days), index, (id, next) =>
          days.get(id)?.set('rank', next),
        );
        days.set(newId(), newRecord<DayFields>({ rank, ...storedFields(DAY_FIELDS, times) }));
      }
      return;
    }
    const keep = ordered[count - 1];
    if (keep === undefined) return;
    for (const removed of ordered.slice(count)) {
      for (const entry of blocksOfDay(doc, removed.id)) {
        const rank = rankForIndex(blocksOfDay(doc, keep.id), Number.MAX_SAFE_INTEGER, (id, next) =>
          blocks.get(id)?.set('placement', { dayId: keep.id, rank: next }),
        );
        blocks.get(entry.id)?.set('placement', { dayId: keep.id, rank });
      }
      days.delete(removed.id);
    }
  }, origin);
}

/**
 * Puts every block whose day no longer exists on the last day, keeping its rank:
 * where readDays already shows it. No single edit leaves such a block, but
 * concurrent ones do: a block moved to (or added on) a day that another
 * co-tutor's setDayCount removes at the same time, or two co-tutors shortening
 * the week at once (each moves the removed days' blocks to a day the other
 * removes). Run it after applying changes that are not this user's edits. It
 * writes nothing when every block is on a day, and replicas repairing the same
 * block at once write the same value, so they still converge. Returns whether it
 * wrote anything.
 */
export function repairPlacements(doc: Y.Doc, origin: unknown): boolean {
  const { days, blocks } = requireParts(doc);
  const orphans: [Y.Map<unknown>, string][] = [];
  blocks.forEach((block) => {
    const placement = block instanceof Y.Map ? block.get('placement') : undefined;
    if (isPlacement(placement) && !days.has(placement.dayId)) orphans.push([block, placement.rank]);
  });
  const lastDay = sortedEntries(days).pop()?.id;
  if (lastDay === undefined || orphans.length === 0) return false;
  doc.transact(() => {
    for (const [block, rank] of orphans) block.set('placement', { dayId: lastDay, rank });
  }, origin);
  return true;
}
