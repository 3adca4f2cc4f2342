import './comments.css';

import { useTranslation } from 'react-i18next';

import { useThreads } from './use-threads';

/** On a planner card: how many threads about the session are open, when any are. */
export function CardComments({ blockId }: { blockId: string }) {
  const { t } = useTranslation('comments');
  const open = useThreads().filter((thread) => thread.blockId === blockId && !thread.resolved);
  if (open.length === 0) return null;
  return (
    <span className="card-comments" title={t('card.open', { count: open.length })}>
      <span className="field-comment-icon" aria-hidden="true" />
      <span aria-hidden="true">{open.length}</span>
      <span className="visually-hidden">, {t('card.open', { count: open.length })}</span>
    </span>
  );
}
