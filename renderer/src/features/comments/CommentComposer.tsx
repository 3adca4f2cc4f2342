import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CoTutor } from '../../../../shared/model/records/co-tutor';
import { MAX_COMMENT_LENGTH } from '../../../../shared/review/thread-records';
import { commentRefusal } from '../../../../shared/review/threads';
import { Button } from '../../components';
import { useFormatNumber } from '../../i18n/format';
import { useCoTutors } from '../../program';
import { mentionCandidates, mentionedIn, mentionQuery } from './mentions';

type Props = {
  label: string;
  submitLabel: string;
  initialText?: string;
  /** Co-tutors already mentioned by the text being edited. */
  initialMentions?: readonly string[];
  onSubmit: (text: string, mentions: string[]) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
};

/**
 * Writes a comment: plain text with line breaks, "@" offers the program's
 * co-tutors to mention. Ctrl+Enter sends. Text over the limit is refused here,
 * with the reason, and stays in the box.
 */
export function CommentComposer({
  label,
  submitLabel,
  initialText = '',
  initialMentions = [],
  onSubmit,
  onCancel,
  autoFocus = false,
}: Props) {
  const { t } = useTranslation('comments');
  const coTutors = useCoTutors();
  const [text, setText] = useState(initialText);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [picked, setPicked] = useState<CoTutor[]>(() =>
    coTutors.filter((tutor) => initialMentions.includes(tutor.id)),
  );
  const [caret, setCaret] = useState(initialText.length);
  const [active, setActive] = useState(0);
  const box = useRef<HTMLTextAreaElement>(null);
  const formatNumber = useFormatNumber();
  const id = useId();
  const query = mentionQuery(text, caret);
  const candidates = query === null ? [] : mentionCandidates(coTutors, query.query);

  const submit = () => {
    const why = commentRefusal(text);
    if (why !== null) {
      setRefusal(
        t(`refusal.${why}`, {
          max: formatNumber(MAX_COMMENT_LENGTH),
          count: formatNumber(text.length),
        }),
      );
      return;
    }
    onSubmit(text, mentionedIn(text, picked));
    setText('');
    setPicked([]);
    setRefusal(null);
  };

  const pick = (tutor: CoTutor) => {
    if (query === null) return;
    const inserted = `@${tutor.name} `;
    const next = text.slice(0, query.at) + inserted + text.slice(caret);
    setText(next);
    setPicked((list) => [...list, tutor]);
    const at = query.at + inserted.length;
    setCaret(at);
    requestAnimationFrame(() => box.current?.setSelectionRange(at, at));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (candidates.length > 0 && ['ArrowDown', 'ArrowUp', 'Enter', 'Tab'].includes(event.key)) {
      event.preventDefault();
      if (event.key === 'ArrowDown') setActive((i) => (i + 1) % candidates.length);
      else if (event.key === 'ArrowUp')
        setActive((i) => (i - 1 + candidates.length) % candidates.length);
      else pick(candidates[Math.min(active, candidates.length - 1)]!);
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape' && onCancel !== undefined) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form
      className="comment-composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {label}
      </label>
      <textarea
        ref={box}
        id={`${id}-text`}
        className="input comment-input"
        rows={2}
        value={text}
        placeholder={t('comment.placeholder')}
        aria-invalid={refusal !== null}
        aria-describedby={refusal === null ? undefined : `${id}-refusal`}
        aria-autocomplete="list"
        aria-controls={candidates.length > 0 ? `${id}-mentions` : undefined}
        // Focus moves here when a thread is started, as into a dialog's first field.
        autoFocus={autoFocus}
        onChange={(event) => {
          setText(event.target.value);
          setCaret(event.target.selectionStart);
          setActive(0);
          if (refusal !== null) setRefusal(null);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      {candidates.length > 0 ? (
        <ul
          className="mention-list"
          role="listbox"
          id={`${id}-mentions`}
          aria-label={t('comment.mentionList')}
        >
          {candidates.map((tutor, i) => (
            <li
              key={tutor.id}
              role="option"
              aria-selected={i === active}
              className="mention-option"
              onMouseDown={(event) => {
                event.preventDefault();
                pick(tutor);
              }}
            >
              {tutor.name}
            </li>
          ))}
        </ul>
      ) : null}
      {refusal !== null ? (
        <p className="field-error" id={`${id}-refusal`} role="alert">
          {refusal}
        </p>
      ) : null}
      <div className="comment-composer-actions">
        {onCancel !== undefined ? (
          <Button small variant="ghost" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
        ) : null}
        <Button small variant="primary" type="submit">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
