import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { unzipSync } from 'fflate';
import * as Y from 'yjs';

import { createProgram } from '../../shared/model/create';
import { blockOf, richFieldOf } from '../../shared/model/layout';
import {
  linkAttributes,
  paragraphAttributes,
  textProperties,
} from '../../shared/model/rich-text/lexical-format';
import type { RichText } from '../../shared/model/rich-text/types';
import { isBreakType } from '../../shared/model/schema';
import type { Program } from '../../shared/model/types';
import type { DateFormat, ExportLabels } from '../../shared/print/labels';
import { programFromTemplate } from '../../shared/template/from-template';
import { templateSchema } from '../../shared/template/schema';
import { EXPORT_RESULTS } from '../support/print-pdf';

export { EXPORT_RESULTS };
import { englishExportWords } from '../support/print-program';

/** The CLIL week, with words no English template holds, for the Word export's tests. */

export const KAZAKH_TITLE = 'Тіл үйрену әдістемесі: ә ғ қ ң ө ұ ү һ і';
export const RUSSIAN_HEADING = 'Методика обучения языку';
export const KAZAKH_ITEM = 'Қазақ тілінде сөйлеу: ұстаз бен оқушы 🎓';
export const HOSTILE_TITLE = '<script>alert(1)</script> & "Fish" 🐟';
export const PROGRAM_TITLE = 'CLIL & EMI week in Павлодар — Qazaqstan 🌍';
export const HOSTILE_URL = 'javascript:alert(1)';
export const SAFE_URL = 'https://example.org/clil?a=1&b=2';

/** A Russian and Kazakh field: a heading, both kinds of list, each inline format and a safe link. */
const MULTILINGUAL_FIELD: RichText = [
  { type: 'heading', level: 1, children: [{ text: RUSSIAN_HEADING }] },
  {
    type: 'list',
    ordered: false,
    items: [
      { children: [{ text: KAZAKH_ITEM }] },
      {
        children: [
          { text: 'Жирный', bold: true },
          { text: ' и ' },
          { text: 'курсив', italic: true },
        ],
      },
    ],
  },
  {
    type: 'list',
    ordered: true,
    items: [
      {
        children: [{ text: 'Подчёркнутый', underline: true }],
        sublist: {
          type: 'list',
          ordered: true,
          items: [{ children: [{ text: 'Вложенный пункт' }] }],
        },
      },
      { children: [{ link: SAFE_URL, children: [{ text: 'Ссылка на сайт' }] }] },
    ],
  },
];

const WORDS = englishExportWords();
export const ENGLISH: ExportLabels = WORDS.labels;
export const DATES: DateFormat = WORDS.dates;

export type MultilingualProgram = {
  doc: Y.Doc;
  /** The session titled in Kazakh, whose objectives are in Russian and Kazakh. */
  kazakhSessionId: string;
  /** The session whose title looks like markup. */
  hostileSessionId: string;
};

/** The CLIL template as a program document, with one session in Kazakh and Russian and one titled like a script. */
export function multilingualClilProgram(): MultilingualProgram {
  const file = join(import.meta.dirname, '../../resources/templates/clil.json');
  const template = templateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const program: Program = programFromTemplate(template, {
    title: PROGRAM_TITLE,
    startDate: '2026-05-11',
  });
  const sessions = program.days
    .flatMap((day) => day.blocks)
    .filter((block) => !isBreakType(block.type));
  const [kazakh, hostile] = sessions;
  if (kazakh === undefined || hostile === undefined)
    throw new Error('The CLIL template has fewer than two sessions.');
  kazakh.title = KAZAKH_TITLE;
  kazakh.text.contentObjectives = MULTILINGUAL_FIELD;
  hostile.title = HOSTILE_TITLE;

  const doc = new Y.Doc();
  createProgram(doc, program);
  appendHostileLink(doc, kazakh.id);
  return { doc, kazakhSessionId: kazakh.id, hostileSessionId: hostile.id };
}

/**
 * A javascript: link, written straight into the document as a hostile peer could:
 * the model's own writer refuses such links, so this is the only way one arrives.
 */
function appendHostileLink(doc: Y.Doc, blockId: string): void {
  const block = blockOf(doc, blockId);
  const field = block === null ? null : richFieldOf(block, 'contentObjectives');
  if (field === null) throw new Error('The session has no objectives field.');
  const paragraph = new Y.XmlText();
  for (const [key, value] of Object.entries(paragraphAttributes()))
    paragraph.setAttribute(key, value as string);
  const link = new Y.XmlText();
  for (const [key, value] of Object.entries(linkAttributes(HOSTILE_URL)))
    link.setAttribute(key, value as string);
  const format = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(textProperties(0))) format.set(key, value);
  link.insertEmbed(0, format);
  link.insert(1, 'Do not click');
  paragraph.insertEmbed(0, link);
  field.insertEmbed(field.length, paragraph);
}

/** Every part of a .docx package by its path, XML parts as text. */
export function unzipDocx(bytes: Uint8Array): Map<string, string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return new Map(
    Object.entries(unzipSync(bytes)).map(([path, data]) => [path, decoder.decode(data)]),
  );
}

export function part(parts: Map<string, string>, path: string): string {
  const text = parts.get(path);
  if (text === undefined)
    throw new Error(`The package has no ${path}: ${[...parts.keys()].join(', ')}`);
  return text;
}

/** The document under test-results/export/, for a person to open in Word. */
export function saveDocx(name: string, bytes: Uint8Array): string {
  mkdirSync(EXPORT_RESULTS, { recursive: true });
  const path = join(EXPORT_RESULTS, name);
  writeFileSync(path, bytes);
  return path;
}
