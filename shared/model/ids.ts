import { uuidv4 } from 'lib0/random';

/** A new random identifier for a program, day, block, stage or co-tutor. */
export function newId(): string {
  return uuidv4();
}
