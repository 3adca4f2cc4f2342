import type { Step } from './arrangement';

/** What a card can ask the planner to do; one stable object for all cards. */
export type CardActions = {
  open: (blockId: string) => void;
  duplicate: (blockId: string) => void;
  moveToDay: (blockId: string, dayId: string) => void;
  remove: (blockId: string) => void;
  step: (blockId: string, step: Step) => void;
};

/** A day as the card menu's "Move to" lists it. */
export type DayChoice = { id: string; number: number; date: string };
