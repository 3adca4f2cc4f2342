import {
  addCoTutor,
  moveCoTutor,
  removeCoTutor,
  setCoTutorField,
} from '../../../shared/model/mutations/co-tutors';
import { setDayCount, setDayTimes, setMetaField } from '../../../shared/model/mutations/program';
import { LIMITS } from '../../../shared/model/schema';
import { nextId } from '../ids';
import { someText } from '../random';
import * as value from '../values';
import { coTutors, days, edit, type EditMaker, LOCAL, quote } from './edit';

/** The program as a whole: metadata, the days and their times, the co-tutors. */
export const programEdits: Record<string, EditMaker> = {
  setMetaField(rng) {
    const label = (field: string, shown: unknown) =>
      `meta.${field} = ${quote(JSON.stringify(shown))}`;
    switch (rng.int(0, 6)) {
      case 0: {
        const title = value.title(rng);
        return edit(label('title', title), (doc) => setMetaField(doc, 'title', title, LOCAL));
      }
      case 1: {
        const theme = value.theme(rng);
        return edit(label('theme', theme), (doc) => setMetaField(doc, 'theme', theme, LOCAL));
      }
      case 2: {
        // Lists are replaced as a whole (docs/file-format.md): last writer wins.
        const partners = Array.from({ length: rng.int(0, 3) }, () => value.shortText(rng));
        return edit(label('partnerInstitutions', partners), (doc) =>
          setMetaField(doc, 'partnerInstitutions', partners, LOCAL),
        );
      }
      case 3: {
        const languages = rng
          .shuffle(['English', 'Қазақша', 'Русский', 'Nederlands'])
          .slice(0, rng.int(1, 3));
        return edit(label('languages', languages), (doc) =>
          setMetaField(doc, 'languages', languages, LOCAL),
        );
      }
      case 4: {
        const participants = rng.chance(0.3) ? null : rng.int(0, LIMITS.maxParticipants);
        return edit(label('expectedParticipants', participants), (doc) =>
          setMetaField(doc, 'expectedParticipants', participants, LOCAL),
        );
      }
      case 5: {
        const audience = value.audience(rng);
        return edit(label('audience', audience), (doc) =>
          setMetaField(doc, 'audience', audience, LOCAL),
        );
      }
      default: {
        const date = `2026-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
        return edit(label('startDate', date), (doc) => setMetaField(doc, 'startDate', date, LOCAL));
      }
    }
  },

  setDayTimes(rng, doc) {
    const day = rng.pick(days(doc));
    const times = { startMin: value.clock(rng), plannedEndMin: value.clock(rng) };
    return edit(`dayTimes ${day.id} = ${times.startMin}–${times.plannedEndMin}`, (target) =>
      setDayTimes(target, day.id, times, LOCAL),
    );
  },

  setDayCount(rng, doc) {
    // Mostly one day more or fewer, as in the form; sometimes a jump.
    const current = days(doc).length;
    const wanted = rng.chance(0.7) ? current + rng.pick([-1, 1]) : rng.int(1, 7);
    const count = Math.min(LIMITS.maxDays, Math.max(1, wanted));
    return edit(`setDayCount ${count} (was ${current})`, (target) =>
      setDayCount(target, count, LOCAL),
    );
  },

  addCoTutor(rng) {
    const tutor = {
      id: nextId(),
      name: someText(rng, 1, 3),
      institution: value.shortText(rng),
      role: value.shortText(rng),
    };
    return edit(`addCoTutor ${tutor.id} ${quote(tutor.name)}`, (doc) =>
      addCoTutor(doc, tutor, LOCAL),
    );
  },

  setCoTutorField(rng, doc) {
    const tutors = coTutors(doc);
    if (tutors.length === 0) return null;
    const tutor = rng.pick(tutors);
    const field = rng.pick(['name', 'institution', 'role'] as const);
    const text = value.shortText(rng);
    return edit(`coTutor.${field} ${tutor.id} = ${quote(text)}`, (target) =>
      setCoTutorField(target, tutor.id, field, text, LOCAL),
    );
  },

  moveCoTutor(rng, doc) {
    const tutors = coTutors(doc);
    if (tutors.length === 0) return null;
    const tutor = rng.pick(tutors);
    const index = rng.int(0, tutors.length - 1);
    return edit(`moveCoTutor ${tutor.id} @${index}`, (target) =>
      moveCoTutor(target, tutor.id, index, LOCAL),
    );
  },

  removeCoTutor(rng, doc) {
    const tutors = coTutors(doc);
    if (tutors.length === 0) return null;
    const tutor = rng.pick(tutors);
    return edit(`removeCoTutor ${tutor.id}`, (target) => removeCoTutor(target, tutor.id, LOCAL));
  },
};
