import { useTranslation } from 'react-i18next';

import { type BlockType, BREAK_TYPES, SESSION_TYPES } from '../../../../shared/model/schema';
import { MenuButton, type MenuEntry, type MenuItem } from '../../components/menu/MenuButton';
import { PlusIcon } from './icons';

type AddBlockMenuProps = {
  dayId: string;
  dayNumber: number;
  onAdd: (dayId: string, type: BlockType) => void;
};

/** "Add block": every session type, then break and lunch; the new block goes to the end of the day. */
export function AddBlockMenu({ dayId, dayNumber, onAdd }: AddBlockMenuProps) {
  const { t } = useTranslation('planner');
  const { t: tc } = useTranslation('common');
  const item = (type: BlockType): MenuItem => ({
    kind: 'item',
    key: type,
    label: tc(`blockType.${type}`),
    onSelect: () => onAdd(dayId, type),
  });
  const entries = (): MenuEntry[] => [
    { kind: 'group', key: 'sessions', label: t('add.sessions'), items: SESSION_TYPES.map(item) },
    { kind: 'separator', key: 'separator' },
    { kind: 'group', key: 'breaks', label: t('add.breaks'), items: BREAK_TYPES.map(item) },
  ];
  return (
    <MenuButton
      className="btn btn-ghost btn-small add-block-button"
      ariaLabel={t('add.label', { number: dayNumber })}
      entries={entries}
      focusKey={`add:${dayId}`}
    >
      <PlusIcon className="icon icon-small" />
      {t('add.button')}
    </MenuButton>
  );
}
