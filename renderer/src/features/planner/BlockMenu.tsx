import { useTranslation } from 'react-i18next';

import { MenuButton, type MenuEntry } from '../../components/menu/MenuButton';
import { useComments } from '../comments/comments-context';
import { MoreIcon } from './icons';
import type { CardActions, DayChoice } from './planner-actions';

type BlockMenuProps = {
  blockId: string;
  title: string;
  dayId: string;
  days: readonly DayChoice[];
  actions: CardActions;
};

/** The card's "More actions" menu: open, duplicate, move to another day, delete. */
export function BlockMenu({ blockId, title, dayId, days, actions }: BlockMenuProps) {
  const { t } = useTranslation('planner');
  const { t: tComments } = useTranslation('comments');
  const comments = useComments();
  const entries = (): MenuEntry[] => {
    const otherDays = days.filter((day) => day.id !== dayId);
    return [
      { kind: 'item', key: 'open', label: t('menu.open'), onSelect: () => actions.open(blockId) },
      ...(comments === null
        ? []
        : ([
            {
              kind: 'item',
              key: 'comment',
              label: tComments('actions.commentOnSession'),
              onSelect: () => {
                comments.startThread({ kind: 'session', blockId });
                actions.open(blockId);
              },
            },
          ] satisfies MenuEntry[])),
      {
        kind: 'item',
        key: 'duplicate',
        label: t('menu.duplicate'),
        onSelect: () => actions.duplicate(blockId),
      },
      ...(otherDays.length > 0
        ? ([
            { kind: 'separator', key: 'before-move' },
            {
              kind: 'group',
              key: 'move',
              label: t('menu.moveTo'),
              items: otherDays.map((day) => ({
                kind: 'item',
                key: day.id,
                label: t('day.heading', { number: day.number }),
                ariaLabel: t('menu.moveToDay', { number: day.number }),
                detail: day.date,
                onSelect: () => actions.moveToDay(blockId, day.id),
              })),
            },
          ] satisfies MenuEntry[])
        : []),
      { kind: 'separator', key: 'before-delete' },
      {
        kind: 'item',
        key: 'delete',
        label: t('menu.delete'),
        danger: true,
        onSelect: () => actions.remove(blockId),
      },
    ];
  };
  return (
    <MenuButton
      className="card-more"
      ariaLabel={t('block.moreActions', { title })}
      entries={entries}
      align="end"
      focusKey={`more:${blockId}`}
    >
      <MoreIcon />
    </MenuButton>
  );
}
