import { AlignmentType, type INumberingOptions, LevelFormat } from 'docx';

/** The two list definitions, by the reference paragraphs name them with. */
export const LIST = { bullets: 'cotutor-bullets', numbers: 'cotutor-numbers' } as const;

/** Word's deepest list level is the ninth (level 8). */
export const DEEPEST_LIST_LEVEL = 8;

const LEVELS = Array.from({ length: DEEPEST_LIST_LEVEL + 1 }, (_, level) => level);
const BULLETS = ['•', '◦', '▪'];
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
const INDENT_STEP = 360;

const indent = (level: number) => ({
  indent: { left: INDENT_STEP * (level + 1), hanging: INDENT_STEP },
});

/**
 * Real Word lists: a bulleted and a numbered definition, nine levels each, as
 * Word's own list gallery makes them, so partners add and indent items with
 * Word's list buttons and the numbers follow.
 */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: LIST.bullets,
      levels: LEVELS.map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: BULLETS[level % BULLETS.length],
        alignment: AlignmentType.LEFT,
        style: { paragraph: indent(level) },
      })),
    },
    {
      reference: LIST.numbers,
      levels: LEVELS.map((level) => ({
        level,
        format: NUMBER_FORMATS[level % NUMBER_FORMATS.length],
        text: `%${level + 1}.`,
        alignment: AlignmentType.LEFT,
        style: { paragraph: indent(level) },
      })),
    },
  ],
};
