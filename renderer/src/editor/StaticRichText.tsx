import type { ReactNode } from 'react';

import {
  type Inline,
  isLink,
  type ListBlock,
  type RichText,
  type TextRun,
} from '../../../shared/model/rich-text/types';
import { EDITOR_THEME } from './theme';

const { heading, list, text } = EDITOR_THEME;
const nestedItem = list?.nested?.listitem ?? '';

/**
 * A field's text as its editor lays it out: the same elements and theme classes
 * Lexical renders, so that the field keeps its height and typography when the
 * editor replaces it. React escapes every character; links are shown, not
 * followed (a click starts editing, as in the editor).
 */
export function StaticRichText({ content }: { content: RichText }) {
  // An empty field shows the empty paragraph every editor holds.
  if (content.length === 0) {
    return (
      <p className={EDITOR_THEME.paragraph}>
        <br />
      </p>
    );
  }
  return content.map((block, index) => {
    if (block.type === 'list') return <StaticList key={index} list={block} />;
    const children = <Inlines inlines={block.children} />;
    if (block.type === 'paragraph') {
      return (
        <p key={index} className={EDITOR_THEME.paragraph}>
          {children}
        </p>
      );
    }
    const Tag = `h${block.level}` as const;
    return (
      <Tag key={index} className={heading?.[Tag]}>
        {children}
      </Tag>
    );
  });
}

function StaticList({ list: block }: { list: ListBlock }) {
  const items = block.items.flatMap((item, index) => {
    const sublist = item.sublist === undefined ? null : <StaticList list={item.sublist} />;
    // Lexical holds a nested list in an item of its own, after the item it belongs to.
    const own =
      item.children.length > 0 || sublist === null ? (
        <li key={index} value={index + 1} className={list?.listitem}>
          <Inlines inlines={item.children} />
        </li>
      ) : null;
    if (sublist === null) return [own];
    return [
      own,
      <li key={`${index}-nested`} className={`${list?.listitem ?? ''} ${nestedItem}`}>
        {sublist}
      </li>,
    ];
  });
  return block.ordered ? (
    <ol className={list?.ol}>{items}</ol>
  ) : (
    <ul className={list?.ul}>{items}</ul>
  );
}

function Inlines({ inlines }: { inlines: Inline[] }): ReactNode {
  return inlines.map((inline, index) =>
    isLink(inline) ? (
      <span key={index} className={EDITOR_THEME.link}>
        {inline.children.map((run, runIndex) => (
          <Run key={runIndex} run={run} />
        ))}
      </span>
    ) : (
      <Run key={index} run={inline} />
    ),
  );
}

function Run({ run }: { run: TextRun }) {
  const classes = [
    run.bold === true ? text?.bold : undefined,
    run.italic === true ? text?.italic : undefined,
    run.underline === true ? text?.underline : undefined,
  ].filter((name) => name !== undefined);
  const className = classes.length > 0 ? classes.join(' ') : undefined;
  if (run.bold === true) return <strong className={className}>{run.text}</strong>;
  if (run.italic === true) return <em className={className}>{run.text}</em>;
  return <span className={className}>{run.text}</span>;
}
