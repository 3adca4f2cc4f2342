import type { CoTutor } from '../../../../shared/model/records/co-tutor';

/** The "@name" being typed just before the caret, or null. */
export function mentionQuery(text: string, caret: number): { at: number; query: string } | null {
  const match = /(^|\s)@([^\s@]{0,40})$/.exec(text.slice(0, caret));
  if (match === null) return null;
  return { at: caret - match[2]!.length - 1, query: match[2]! };
}

/** Co-tutors whose name starts with (then contains) the query, case and accents aside. */
export function mentionCandidates(coTutors: readonly CoTutor[], query: string): CoTutor[] {
  const q = fold(query);
  const named = coTutors.filter((tutor) => tutor.name.trim() !== '');
  const starts = named.filter((tutor) => fold(tutor.name).startsWith(q));
  const contains = named.filter((tutor) => !starts.includes(tutor) && fold(tutor.name).includes(q));
  return [...starts, ...contains].slice(0, 8);
}

/** The co-tutors a text mentions: those picked while typing whose "@name" is still in it. */
export function mentionedIn(text: string, picked: readonly CoTutor[]): string[] {
  return [
    ...new Set(picked.filter((tutor) => text.includes(`@${tutor.name}`)).map((tutor) => tutor.id)),
  ];
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
