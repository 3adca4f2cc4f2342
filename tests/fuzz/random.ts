import * as prng from 'lib0/prng';

/**
 * The fuzz's only source of chance: lib0's seeded generator (the one Yjs's own
 * fuzz tests use), so one number replays a whole run.
 */
export class Rng {
  private readonly gen: prng.PRNG;

  constructor(seed: number) {
    this.gen = prng.create(seed);
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return prng.int31(this.gen, min, max);
  }

  chance(probability: number): boolean {
    return prng.real53(this.gen) < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('Nothing to pick from.');
    return item;
  }

  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let roll = prng.real53(this.gen) * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return this.pick(entries)[0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

/**
 * Pieces of the text co-tutors type: Kazakh letters outside Russian's alphabet,
 * Cyrillic, Latin with diacritics, and emoji that take two UTF-16 units or
 * several code points (a ZWJ sequence, a flag), which is where offsets go wrong.
 */
const PIECES: readonly string[] = [
  ...'әғқңөұүһіӘҒҚҢӨҰҮҺІ',
  ...'ЖыёabeoxéüĳAZ',
  ...['Сәлем', 'оқу', 'тіл', 'CLIL', 'Leiden', 'Astana'],
  ...[' ', ' ', ' ', ', ', '.', '—', '\u00a0'],
  ...['🎓', '📚', '🇰🇿', '🇳🇱', '👩‍🏫', '✅', '😀'],
];

export function someText(rng: Rng, minPieces: number, maxPieces: number): string {
  let text = '';
  for (let count = rng.int(minPieces, maxPieces); count > 0; count--) text += rng.pick(PIECES);
  return text;
}

/** Offsets (UTF-16 units, as Yjs counts) between code points: where an editor can put a caret. */
export function caretOffsets(text: string): number[] {
  const offsets = [0];
  let offset = 0;
  for (const codePoint of text) {
    offset += codePoint.length;
    offsets.push(offset);
  }
  return offsets;
}
