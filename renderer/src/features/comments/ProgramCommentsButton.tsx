import { useTranslation } from 'react-i18next';

import { coTutorOfUser, isForCoTutor, isUnread } from '../../../../shared/review/reads';
import { Button } from '../../components';
import { useCoTutors, useProgramSession } from '../../program';
import { usePreferences } from '../preferences/preferences-context';
import { useComments } from './comments-context';
import { useReadsVersion } from './use-reads';
import { useThreads } from './use-threads';

/** In the top bar: opens the list of all comments, saying how many for this user are unread. */
export function ProgramCommentsButton() {
  const { t } = useTranslation('comments');
  const comments = useComments();
  const { review } = useProgramSession();
  const { settings } = usePreferences();
  const coTutors = useCoTutors();
  const threads = useThreads();
  useReadsVersion();
  if (comments === null) return null;
  const userId = settings?.userId ?? '';
  const me = coTutorOfUser(review, userId, settings?.userName ?? '', coTutors);
  const unread = threads.filter(
    (thread) => isForCoTutor(thread, me) && isUnread(review, userId, thread),
  ).length;
  return (
    <Button
      variant="ghost"
      small
      aria-pressed={comments.programListOpen}
      onClick={() => comments.setProgramListOpen(!comments.programListOpen)}
    >
      {unread > 0 ? t('program.buttonUnread', { count: unread }) : t('program.button')}
    </Button>
  );
}
