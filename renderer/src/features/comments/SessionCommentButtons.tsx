import { useTranslation } from 'react-i18next';

import { Button } from '../../components';
import { useComments } from './comments-context';
import { useThreads } from './use-threads';

/** In the session header: comment on the session as a whole, and show or hide its comments. */
export function SessionCommentButtons({ blockId }: { blockId: string }) {
  const { t } = useTranslation('comments');
  const comments = useComments();
  const open = useThreads().filter((thread) => thread.blockId === blockId && !thread.resolved);
  if (comments === null) return null;
  return (
    <>
      <Button small onClick={() => comments.startThread({ kind: 'session', blockId })}>
        {t('actions.commentOnSession')}
      </Button>
      <Button
        small
        aria-pressed={comments.panelOpen}
        onClick={() => comments.setPanelOpen(!comments.panelOpen)}
      >
        {open.length > 0 ? t('panel.toggleCount', { count: open.length }) : t('panel.toggle')}
      </Button>
    </>
  );
}
