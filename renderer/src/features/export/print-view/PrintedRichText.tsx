import type { ReactNode } from 'react';

import { isSafeUrl } from '../../../../../shared/model/rich-text/links';
import {
  type Inline,
  isLink,
  type ListBlock,
  type RichText,
  type TextRun,
} from '../../../../../shared/model/rich-text/types';
import { notesAfter, type TextMark, withNoteMarks } from '../../../../../shared/print/note-marks';
import { Heading } from './Heading';
import { NoteRefs } from './ReviewNotesList';

/**
 * Rich text as printed: the document model's small AST turned into React
 * elements, so every character is escaped by React and nothing in a field can
 * become markup. Links keep their target only when it is http(s) or mailto;
 * anything else (javascript:, data:, file:) prints as its words alone. In a
 * review copy, the numbers of the notes on a commented range follow its text.
 */
export function PrintedRichText({
  content,
  headingLevel,
  marks = [],
}: {
  content: RichText;
  headingLevel: number;
  marks?: readonly TextMark[];
}) {
  return (
    <div className="rich">
      {withNoteMarks(content, marks).map((block, index) => {
        if (block.type === 'list') return <PrintedList key={index} list={block} />;
        if (block.type === 'heading') {
          return (
            <Heading key={index} level={headingLevel + block.level - 1} className="rich__heading">
              <Inlines inlines={block.children} />
            </Heading>
          );
        }
        return (
          <p key={index}>
            <Inlines inlines={block.children} />
          </p>
        );
      })}
    </div>
  );
}

function PrintedList({ list }: { list: ListBlock }) {
  const items = list.items.map((item, index) => (
    <li key={index}>
      <Inlines inlines={item.children} />
      {item.sublist === undefined ? null : <PrintedList list={item.sublist} />}
    </li>
  ));
  return list.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

function Inlines({ inlines }: { inlines: Inline[] }) {
  return inlines.map((inline, index) => {
    if (!isLink(inline)) return <Run key={index} run={inline} />;
    const runs = inline.children.map((run, runIndex) => <Run key={runIndex} run={run} />);
    if (!isSafeUrl(inline.link)) return <span key={index}>{runs}</span>;
    return (
      <a key={index} href={inline.link}>
        {runs}
      </a>
    );
  });
}

function Run({ run }: { run: TextRun }) {
  let node: ReactNode = run.text;
  if (run.underline === true) node = <u>{node}</u>;
  if (run.italic === true) node = <em>{node}</em>;
  if (run.bold === true) node = <strong>{node}</strong>;
  return (
    <>
      {node}
      <NoteRefs numbers={notesAfter(run)} />
    </>
  );
}
