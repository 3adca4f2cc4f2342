import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { newBlock, newStage } from '../../../../shared/model/defaults';
import { blockOf } from '../../../../shared/model/layout';
import { readBlock } from '../../../../shared/model/read';
import { type BlockType, isBreakType } from '../../../../shared/model/schema';
import { useToast } from '../../components';
import { useEdit, useProgramSession } from '../../program';
import {
  type BlockMove,
  type DayOrder,
  moveToDayEnd,
  placeBlock,
  positionOf,
  stepMove,
} from './arrangement';
import { deleteSessionKept } from './deleted-sessions';
import type { CardActions } from './planner-actions';
import { useDeletedBy } from './use-deleted-by';
import { describePlace } from './use-drag-announcements';
import { useLatest } from './use-latest';

type Options = {
  order: readonly DayOrder[];
  titleOf: (blockId: string) => string;
  onOpenSession: (blockId: string) => void;
  requestFocus: (key: string) => void;
  announce: (message: string) => void;
};

export type PlannerActions = {
  actions: CardActions;
  commitMove: (move: BlockMove) => void;
  add: (dayId: string, type: BlockType) => void;
  setDayTimes: (dayId: string, times: { startMin: number; plannedEndMin: number }) => void;
};

/**
 * Every change the planner makes to the program. Each is one transaction and,
 * because capturing stops before it, one step of the undo history of its own:
 * two quick Alt+arrow moves are undone one at a time.
 */
export function usePlannerActions(options: Options): PlannerActions {
  const { t } = useTranslation('planner');
  const { t: tc } = useTranslation('common');
  const session = useProgramSession();
  const edit = useEdit();
  const toast = useToast();
  const latest = useLatest(options);
  const deletedBy = useDeletedBy();

  return useMemo(() => {
    const write = (change: () => void) => {
      session.undoManager.stopCapturing();
      change();
    };
    const commitMove = (move: BlockMove) =>
      write(() => edit.moveBlock(move.blockId, move.dayId, move.index));
    const moveAndFocus = (move: BlockMove | null, focusKey: string) => {
      if (move === null) return;
      const { order, titleOf, requestFocus, announce } = latest.current;
      commitMove(move);
      requestFocus(focusKey);
      const place = describePlace(placeBlock(order, move), move.blockId, titleOf);
      if (place !== null) announce(t('moved', place));
    };

    const actions: CardActions = {
      open: (blockId) => latest.current.onOpenSession(blockId),
      step: (blockId, step) =>
        moveAndFocus(stepMove(latest.current.order, blockId, step), `handle:${blockId}`),
      moveToDay: (blockId, dayId) =>
        moveAndFocus(moveToDayEnd(latest.current.order, blockId, dayId), `more:${blockId}`),
      duplicate: (blockId) => {
        const source = blockOf(session.doc, blockId);
        const at = positionOf(latest.current.order, blockId);
        if (source === null || at === null) return;
        // Everything is copied, rich text included; the stages get ids of their own.
        const { id: _id, ...fields } = readBlock(blockId, source, { withText: true });
        const copy = newBlock(fields.type, {
          ...fields,
          stages: fields.stages.map(({ id: _stageId, phase, ...stage }) => newStage(phase, stage)),
        });
        write(() => edit.addBlock(at.dayId, at.index + 1, copy));
        latest.current.requestFocus(`open:${copy.id}`);
      },
      remove: (blockId) => {
        const { order, titleOf, requestFocus } = latest.current;
        const at = positionOf(order, blockId);
        const day = order.find((entry) => entry.dayId === at?.dayId);
        if (at === null || day === undefined) return;
        const neighbour = day.blockIds[at.index + 1] ?? day.blockIds[at.index - 1];
        const title = titleOf(blockId);
        deleteSessionKept(session, blockId, deletedBy.current(), Date.now());
        requestFocus(neighbour === undefined ? `add:${day.dayId}` : `open:${neighbour}`);
        toast({
          message: t('deleted', { title }),
          action: { label: tc('actions.undo'), run: () => session.undo() },
        });
      },
    };

    const add = (dayId: string, type: BlockType) => {
      const day = latest.current.order.find((entry) => entry.dayId === dayId);
      if (day === undefined) return;
      const block = newBlock(type, { title: t(`add.defaultTitle.${type}`) });
      write(() => edit.addBlock(dayId, day.blockIds.length, block));
      // A new session wants its plan written; a break only wants to be seen.
      if (isBreakType(type)) latest.current.requestFocus(`open:${block.id}`);
      else latest.current.onOpenSession(block.id);
    };

    const setDayTimes = (dayId: string, times: { startMin: number; plannedEndMin: number }) =>
      write(() => edit.setDayTimes(dayId, times));

    return { actions, commitMove, add, setDayTimes };
  }, [deletedBy, edit, latest, session, t, tc, toast]);
}
