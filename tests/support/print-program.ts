import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import i18next from 'i18next';
import * as Y from 'yjs';

import { exportDates, exportLabels } from '../../renderer/src/features/export/export-labels';
import { I18N_OPTIONS } from '../../renderer/src/i18n/i18n';
import { createProgram } from '../../shared/model/create';
import { readProgram } from '../../shared/model/read';
import type { RichText } from '../../shared/model/rich-text/types';
import { isBreakType } from '../../shared/model/schema';
import type { Block, Program } from '../../shared/model/types';
import type { DateFormat, ExportLabels } from '../../shared/print/labels';
import { programFromTemplate } from '../../shared/template/from-template';
import { templateSchema } from '../../shared/template/schema';

/** What the printing tests put into a program, and look for in the PDF. */
export const KAZAKH_TITLE = 'Тіл үйрену әдістемесі: ә ғ қ ң ө ұ ү һ і';
export const RUSSIAN_PHRASE = 'Методика обучения языку';
export const HOSTILE_TITLE = '<script>alert(1)</script>';
export const HOSTILE_LINK = 'javascript:alert(1)';
export const HOSTILE_LINK_TEXT = 'Open the worksheet';
export const SAFE_LINK = 'https://example.org/clil-handbook';

const TEMPLATES = join(import.meta.dirname, '../../resources/templates');

/** The interface's English words for exports, from the same catalogs the app ships. */
export function englishExportWords(): { labels: ExportLabels; dates: DateFormat } {
  const i18n = i18next.createInstance();
  void i18n.init(I18N_OPTIONS);
  return { labels: exportLabels(i18n.t), dates: exportDates(i18n.t('formatLocale')) };
}

/** Rich text in both working languages of the Kazakh partners, with every format the editor offers. */
const MULTILINGUAL_OBJECTIVES: RichText = [
  { type: 'heading', level: 2, children: [{ text: RUSSIAN_PHRASE }] },
  {
    type: 'paragraph',
    children: [
      { text: 'Participants compare ' },
      { text: 'language-driven', bold: true },
      { text: ' and ' },
      { text: 'content-driven', italic: true },
      { text: ' CLIL, using the ' },
      { link: SAFE_LINK, children: [{ text: 'CLIL handbook' }] },
      { text: '.' },
    ],
  },
  {
    type: 'list',
    ordered: false,
    items: [
      { children: [{ text: KAZAKH_TITLE }] },
      { children: [{ text: `${RUSSIAN_PHRASE}: ключевые понятия` }] },
    ],
  },
];

/**
 * The CLIL template as a user gets it, then edited: the first session renamed in
 * Kazakh with objectives in Russian, the second given a title that looks like a
 * script. It goes through a Y.Doc and back, exactly as the app reads it to print.
 */
export function clilProgramForPrinting(): Program {
  const template = templateSchema.parse(
    JSON.parse(readFileSync(join(TEMPLATES, 'clil.json'), 'utf8')),
  );
  const program = programFromTemplate(template, {
    title: template.meta.title,
    startDate: '2026-05-11',
  });
  const [multilingual, hostile] = sessionsOf(program);
  if (multilingual === undefined || hostile === undefined)
    throw new Error('The CLIL template has fewer than two sessions.');
  multilingual.title = KAZAKH_TITLE;
  multilingual.text.contentObjectives = [
    ...MULTILINGUAL_OBJECTIVES,
    ...multilingual.text.contentObjectives,
  ];
  hostile.title = HOSTILE_TITLE;

  const doc = new Y.Doc();
  createProgram(doc, program);
  const printed = readProgram(doc);
  // The model refuses unsafe links when it writes (encode.ts), so an older or
  // foreign document is the only way one arrives: put it in after reading.
  const printedHostile = sessionsOf(printed).find((block) => block.title === HOSTILE_TITLE);
  printedHostile?.text.materials.unshift({
    type: 'paragraph',
    children: [{ link: HOSTILE_LINK, children: [{ text: HOSTILE_LINK_TEXT }] }],
  });
  return printed;
}

/** The blocks that have a session plan (not breaks or lunch), in the week's order. */
export function sessionsOf(program: Program): Block[] {
  return program.days.flatMap((day) => day.blocks).filter((block) => !isBreakType(block.type));
}
