import { caretOffsets, someText } from '../random';
import { runsOf, tailAfter, topElements } from '../rich-layout';
import { type Edit, edit, type EditMaker, LOCAL, quote } from './edit';
import {
  caretAt,
  element,
  FORMATS,
  inHolder,
  lineBreak,
  pickField,
  pickHolder,
  resolve,
  textRun,
} from './rich-text-parts';

/**
 * Typing in the session plans, as a Lexical editor writes it: characters go into
 * the string after a text run's map; a run is erased with its map; Enter splits a
 * paragraph; Shift+Enter splits a run around a line-break map. Each edit is one
 * transaction, like one editor update. Positions are chosen on this replica and
 * clamped when applied, so a shrunk replay still finds somewhere to type.
 */

export const richTextEdits: Record<string, EditMaker> = {
  typeText(rng, doc): Edit | null {
    const target = pickHolder(rng, doc);
    if (target === null) return null;
    const text = someText(rng, 1, 4);
    const run =
      target.runs.length === 0 || rng.chance(0.1) ? undefined : rng.int(0, target.runs.length - 1);
    if (run === undefined) {
      // A new text node at the end (an empty paragraph, or typing after toggling a mark).
      const format = rng.pick(FORMATS);
      return edit(
        `type ${target.name}#${target.index} new run ${quote(text)}`,
        inHolder(target.ref, target.index, (holder) => {
          const at = holder.length;
          holder.insertEmbed(at, textRun(format));
          holder.insert(at + 1, text);
        }),
      );
    }
    const caret = rng.pick(caretOffsets(target.runs[run]?.text ?? ''));
    return edit(
      `type ${target.name}#${target.index} run ${run} @${caret} ${quote(text)}`,
      inHolder(target.ref, target.index, (holder) => {
        const found = runsOf(holder)[run];
        if (found !== undefined) holder.insert(found.start + 1 + caretAt(found.text, caret), text);
      }),
    );
  },

  eraseText(rng, doc) {
    const target = pickHolder(rng, doc);
    const runs = target?.runs.filter((run) => run.text !== '') ?? [];
    if (target === null || runs.length === 0) return null;
    const run = target.runs.indexOf(rng.pick(runs));
    const carets = caretOffsets(target.runs[run]?.text ?? '');
    const [from, to] = [rng.pick(carets), rng.pick(carets)].sort((a, b) => a - b) as [
      number,
      number,
    ];
    return edit(
      `erase ${target.name}#${target.index} run ${run} ${from}–${to}`,
      inHolder(target.ref, target.index, (holder) => {
        const found = runsOf(holder)[run];
        if (found === undefined) return;
        const [start, end] = [caretAt(found.text, from), caretAt(found.text, to)];
        // Erasing all of a text node removes the node, map and all, as Lexical does.
        if (start === 0 && end === found.text.length)
          holder.delete(found.start, 1 + found.text.length);
        else if (end > start) holder.delete(found.start + 1 + start, end - start);
      }),
    );
  },

  formatText(rng, doc) {
    const target = pickHolder(rng, doc);
    if (target === null || target.runs.length === 0) return null;
    const run = rng.int(0, target.runs.length - 1);
    const format = rng.pick(FORMATS);
    return edit(
      `format ${target.name}#${target.index} run ${run} = ${format}`,
      inHolder(target.ref, target.index, (holder) => {
        runsOf(holder)[run]?.map.set('__format', format);
      }),
    );
  },

  lineBreak(rng, doc) {
    const target = pickHolder(rng, doc);
    if (target === null || target.runs.length === 0) return null;
    const run = rng.int(0, target.runs.length - 1);
    const caret = rng.pick(caretOffsets(target.runs[run]?.text ?? ''));
    return edit(
      `linebreak ${target.name}#${target.index} run ${run} @${caret}`,
      inHolder(target.ref, target.index, (holder) => {
        const found = runsOf(holder)[run];
        if (found === undefined) return;
        const at = caretAt(found.text, caret);
        if (at === 0) holder.insertEmbed(found.start, lineBreak());
        else if (at === found.text.length) holder.insertEmbed(found.start + 1 + at, lineBreak());
        else {
          // Splits the text node: the characters after the caret get their own map.
          holder.insertEmbed(found.start + 1 + at, lineBreak());
          holder.insertEmbed(found.start + 2 + at, textRun(Number(found.map.get('__format') ?? 0)));
        }
      }),
    );
  },

  splitParagraph(rng, doc) {
    const target = pickHolder(rng, doc);
    if (target === null || target.holder.top === null) return null;
    const run = target.runs.length === 0 ? undefined : rng.int(0, target.runs.length - 1);
    const caret = run === undefined ? 0 : rng.pick(caretOffsets(target.runs[run]?.text ?? ''));
    return edit(
      `enter ${target.name}#${target.index} run ${run ?? '-'} @${caret}`,
      inHolder(target.ref, target.index, (holder, field) => {
        const top = topElements(field).indexOf(holder);
        const found = run === undefined ? undefined : runsOf(holder)[run];
        const at =
          found === undefined
            ? holder.length
            : caretAt(found.text, caret) === 0
              ? found.start
              : found.start + 1 + caretAt(found.text, caret);
        const tail = tailAfter(holder, at);
        // Only paragraphs of plain runs and line breaks: moving a link is not modelled.
        if (top < 0 || tail === null) return;
        holder.delete(at, holder.length - at);
        field.insertEmbed(top + 1, element('paragraph', tail));
      }),
    );
  },

  addParagraph(rng, doc) {
    const found = pickField(rng, doc);
    if (found === null) return null;
    const [ref, field, name] = found;
    const index = rng.int(0, topElements(field).length);
    const kind = rng.chance(0.8) ? 'paragraph' : 'heading';
    const text = rng.chance(0.7) ? someText(rng, 1, 4) : '';
    const format = rng.pick(FORMATS);
    return edit(`add ${kind} ${name} @${index} ${quote(text)}`, (target) => {
      const xml = resolve(target, ref);
      if (xml === null) return;
      const at = Math.min(index, topElements(xml).length);
      target.transact(
        () => xml.insertEmbed(at, element(kind, text === '' ? [] : [{ format, text }])),
        LOCAL,
      );
    });
  },

  removeParagraph(rng, doc) {
    const found = pickField(rng, doc);
    if (found === null) return null;
    const [ref, field, name] = found;
    const count = topElements(field).length;
    // Lexical never deletes a field's last paragraph; two people deleting the
    // last two at once still can (a concurrent outcome the checks count).
    if (count < 2) return null;
    const index = rng.int(0, count - 1);
    return edit(`remove element ${name} @${index}`, (target) => {
      const xml = resolve(target, ref);
      if (xml !== null && topElements(xml).length >= 2 && index < topElements(xml).length) {
        target.transact(() => xml.delete(index, 1), LOCAL);
      }
    });
  },
};
