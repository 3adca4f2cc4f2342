import './comments.css';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  chooseCoTutor,
  coTutorOfUser,
  isForCoTutor,
  isUnread,
  markRead,
} from '../../../../shared/review/reads';
import type { ThreadView } from '../../../../shared/review/threads';
import { Button, ChoiceGroup, SelectField } from '../../components';
import { useCoTutors, useDays, useProgramSession, useReviewLoaded } from '../../program';
import { LOCAL_ORIGIN } from '../../program/origins';
import { usePreferences } from '../preferences/preferences-context';
import { useComments } from './comments-context';
import { DraftThread } from './DraftThread';
import { currentTextOf, inPlanOrder, useAboutOf } from './thread-place';
import { ThreadCard } from './ThreadCard';
import { useCommentAuthor } from './use-comment-author';
import { useReadsVersion } from './use-reads';
import { useThreads } from './use-threads';

type Tab = 'open' | 'forYou' | 'resolved';

const now = () => Date.now();

/**
 * Every thread of the program in one list: the open ones by day and session,
 * those that @mention this user ("For you", unread marked), and the resolved
 * ones. Choosing a thread opens its session with the thread in view.
 */
export function ProgramComments({ onOpen }: { onOpen: (thread: ThreadView) => void }) {
  const { t } = useTranslation('comments');
  const aboutOf = useAboutOf();
  const comments = useComments();
  const session = useProgramSession();
  const { doc, review } = session;
  const loaded = useReviewLoaded(session);
  const author = useCommentAuthor();
  const { settings } = usePreferences();
  const coTutors = useCoTutors();
  const days = useDays();
  const threads = useThreads();
  useReadsVersion();
  const [tab, setTab] = useState<Tab>('open');
  if (comments === null) return null;

  const userId = settings?.userId ?? '';
  const me = coTutorOfUser(review, userId, settings?.userName ?? '', coTutors);
  const forYou = threads.filter((thread) => isForCoTutor(thread, me));
  const unread = (thread: ThreadView) => isUnread(review, userId, thread);
  const unreadForYou = forYou.filter(unread).length;

  const groups: { key: string; heading: string; threads: ThreadView[] }[] = [];
  const shown = (thread: ThreadView) =>
    tab === 'open' ? !thread.resolved : tab === 'resolved' ? thread.resolved : true;
  const pool = tab === 'forYou' ? forYou : threads;
  const programThreads = pool.filter((thread) => thread.blockId === null && shown(thread));
  if (programThreads.length > 0)
    groups.push({ key: 'program', heading: t('program.programGroup'), threads: programThreads });
  days.forEach((day, index) => {
    for (const block of day.blocks) {
      const here = inPlanOrder(
        pool.filter((thread) => thread.blockId === block.id && shown(thread)),
      );
      if (here.length === 0) continue;
      groups.push({
        key: block.id,
        heading: t('program.sessionGroup', {
          day: index + 1,
          title: block.title.trim() === '' ? t('program.untitled') : block.title,
        }),
        threads: here,
      });
    }
  });

  const draft = comments.draft;
  const programDraft =
    draft !== null && (draft.kind === 'program' || draft.blockId === null) ? draft : null;

  const open = (thread: ThreadView) => {
    markRead(review, userId, thread.id, now(), LOCAL_ORIGIN);
    comments.focusThread(thread.id);
    // A session's thread is answered in the panel beside its plan, which the list would cover.
    if (thread.blockId !== null) comments.setProgramListOpen(false);
    onOpen(thread);
  };

  // A moment after the program opens: "I am …" and read marks are written only into the loaded review.
  if (!loaded)
    return (
      <aside className="program-comments" aria-label={t('program.region')}>
        <p className="comments-empty" role="status">
          {t('loading')}
        </p>
      </aside>
    );

  return (
    <aside className="program-comments" aria-label={t('program.region')}>
      <header className="comments-panel-header">
        <h2>{t('program.title')}</h2>
        <Button
          small
          variant="ghost"
          className="program-comments-close"
          aria-label={t('panel.close')}
          onClick={() => comments.setProgramListOpen(false)}
        >
          ✕
        </Button>
      </header>
      <ChoiceGroup<Tab>
        legend={t('program.show')}
        value={tab}
        options={[
          { value: 'open', label: t('program.open') },
          {
            value: 'forYou',
            label:
              unreadForYou > 0
                ? t('program.forYouUnread', { count: unreadForYou })
                : t('program.forYou'),
          },
          { value: 'resolved', label: t('program.resolved') },
        ]}
        onChange={setTab}
      />
      {tab === 'forYou' ? (
        <SelectField<string>
          label={t('program.iAm')}
          value={me ?? ''}
          options={[
            { value: '', label: t('program.nobody') },
            ...coTutors.map((tutor) => ({ value: tutor.id, label: tutor.name })),
          ]}
          onChange={(id) => chooseCoTutor(review, userId, id === '' ? null : id, LOCAL_ORIGIN)}
        />
      ) : null}
      <Button small onClick={() => comments.startThread({ kind: 'program' })}>
        {t('actions.commentOnProgram')}
      </Button>
      {programDraft !== null ? <DraftThread draft={programDraft} /> : null}
      {groups.length === 0 ? <p className="comments-empty">{t('program.none')}</p> : null}
      {groups.map((group) => (
        <section key={group.key} className="program-comments-group" aria-label={group.heading}>
          <h3>{group.heading}</h3>
          <ul className="program-comments-list">
            {group.threads.map((thread) => {
              if (thread.blockId === null)
                return (
                  <li key={thread.id}>
                    <ThreadCard
                      thread={thread}
                      about={aboutOf(thread)}
                      currentText={currentTextOf(doc, thread)}
                      author={author}
                      focused={comments.focusedThreadId === thread.id}
                      onFocus={() => markRead(review, userId, thread.id, now(), LOCAL_ORIGIN)}
                    />
                  </li>
                );
              const first = thread.comments[0];
              const isNew = unread(thread);
              return (
                <li key={thread.id}>
                  <button
                    type="button"
                    className={`program-thread${isNew ? ' program-thread-unread' : ''}`}
                    onClick={() => open(thread)}
                  >
                    <span className="thread-about">{aboutOf(thread)}</span>
                    {isNew ? <span className="unread-mark">{t('program.unread')}</span> : null}
                    <span className="program-thread-text">
                      {first === undefined
                        ? ''
                        : `${first.author.name}: ${first.deleted ? t('comment.deleted') : first.text}`}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </aside>
  );
}
