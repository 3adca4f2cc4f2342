import { Fragment } from 'react';

import { isSafeUrl } from '../../../../shared/model/rich-text/links';
import { openOutside, useHost } from '../../host';

const LINK = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g;

/** A comment's plain text: its line breaks kept, its web addresses as links that open outside. */
export function CommentText({ text }: { text: string }) {
  const host = useHost();
  const parts: { text: string; link: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const at = match.index;
    if (at > last) parts.push({ text: text.slice(last, at), link: false });
    parts.push({ text: match[0], link: isSafeUrl(match[0]) });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), link: false });
  return (
    <p className="comment-text">
      {parts.map((part, i) =>
        part.link ? (
          <a
            key={i}
            href={part.text}
            onClick={(event) => {
              event.preventDefault();
              openOutside(host, part.text);
            }}
          >
            {part.text}
          </a>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}
