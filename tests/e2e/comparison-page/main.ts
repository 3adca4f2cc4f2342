import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import * as Y from 'yjs';

import { ComparisonView } from '../../../renderer/src/features/history/ComparisonView';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { compareProgramStates } from '../../../shared/history/compare';
import { createProgram } from '../../../shared/model/create';
import {
  blankProgram,
  emptySessionText,
  newBlock,
  newDay,
  newStage,
} from '../../../shared/model/defaults';
import { blockOf, richFieldOf } from '../../../shared/model/layout';
import { deleteBlock, moveBlock, setBlockField } from '../../../shared/model/mutations/blocks';
import { setMetaField } from '../../../shared/model/mutations/program';
import { addStage, setStageField } from '../../../shared/model/mutations/stages';
import { readDays } from '../../../shared/model/read';

/**
 * A page that shows ComparisonView alone, for its end-to-end test: two states of
 * a small program, the later one edited the way co-tutors edit between meetings.
 */

const para = (text: string) => [{ type: 'paragraph' as const, children: [{ text }] }];
const program = blankProgram({ title: 'CLIL week', startDate: '2026-05-11' }, 2);
program.days = [
  newDay({
    blocks: [
      newBlock('workshop', { title: 'Welcome and the aims of the week', durationMin: 45 }),
      newBlock('input', {
        title: 'Scaffolding content and language',
        text: {
          ...emptySessionText(),
          contentObjectives: para(
            'Participants name three kinds of scaffolding and plan one for their own subject.',
          ),
          notes: para('Bring the word cards and the sentence frames.'),
        },
        stages: [newStage('lead-in', { minutes: 15 }), newStage('practice', { minutes: 45 })],
      }),
      newBlock('break', { title: 'Coffee break' }),
      newBlock('workshop', { title: 'Adapting subject materials' }),
    ],
  }),
  newDay({ blocks: [newBlock('visit', { title: 'School visit', durationMin: 180 })] }),
];
const before = new Y.Doc();
createProgram(before, program);
const after = new Y.Doc();
Y.applyUpdate(after, Y.encodeStateAsUpdate(before));

const idOf = (title: string) =>
  readDays(after)
    .flatMap((day) => day.blocks)
    .find((block) => block.title === title)!.id;
const scaffolding = idOf('Scaffolding content and language');
setMetaField(after, 'title', 'CLIL week in Pavlodar', null);
deleteBlock(after, idOf('Coffee break'), null);
setBlockField(after, scaffolding, 'durationMin', 60, null);
setBlockField(after, scaffolding, 'location', 'Room 204', null);
moveBlock(after, idOf('Adapting subject materials'), readDays(after)[1]!.id, 1, null);
const objectives = richFieldOf(blockOf(after, scaffolding)!, 'contentObjectives')!;
const paragraph = objectives.toDelta()[0].insert as Y.XmlText;
// The run's map counts as one position before the characters.
const words = 'Participants name three kinds';
after.transact(() => {
  paragraph.delete(1 + words.indexOf('three'), 'three'.length);
  paragraph.insert(1 + words.indexOf('three'), 'four');
});
const [leadIn] = readDays(after)[0]!.blocks.find((block) => block.id === scaffolding)!.stages;
setStageField(after, scaffolding, leadIn!.id, 'minutes', 10, null);
addStage(after, scaffolding, 2, newStage('reflection', { minutes: 5 }), null);
setBlockField(after, idOf('School visit'), 'title', 'Visit to School 12', null);

initI18n();
createRoot(document.getElementById('root')!).render(
  createElement(ComparisonView, { comparison: compareProgramStates(before, after) }),
);
