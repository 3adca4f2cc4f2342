import './session.css';

import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { isBreakType, type SessionRichField } from '../../../../shared/model/schema';
import { TextField } from '../../components';
import { PageSection, SectionedPage } from '../../components/page/SectionedPage';
import { useBlock, useEdit } from '../../program';
import { useComments } from '../comments/comments-context';
import { CommentsPanel } from '../comments/CommentsPanel';
import { DeliveryNotes } from './DeliveryNotes';
import { OverviewSection } from './OverviewSection';
import { PlanFields } from './PlanFields';
import { SessionHeader } from './SessionHeader';
import { StagesTable } from './StagesTable';
import { useStagedCount } from './use-staged-count';

type SectionId =
  | 'overview'
  | 'objectives'
  | 'fourCs'
  | 'language'
  | 'stages'
  | 'assessment'
  | 'inclusion'
  | 'materials'
  | 'notes'
  | 'delivery';

const PLAN: { id: SectionId; fields: readonly SessionRichField[] }[] = [
  { id: 'objectives', fields: ['contentObjectives', 'languageObjectives', 'successCriteria'] },
  {
    id: 'fourCs',
    fields: [
      'content',
      'languageOfLearning',
      'languageForLearning',
      'languageThroughLearning',
      'cognition',
      'culture',
    ],
  },
  { id: 'language', fields: ['keyVocabulary', 'scaffolding'] },
  { id: 'assessment', fields: ['assessment'] },
  { id: 'inclusion', fields: ['barriers', 'engagement', 'representation', 'actionExpression'] },
  { id: 'materials', fields: ['materials', 'preWork', 'followUp'] },
  { id: 'notes', fields: ['notes'] },
];

/** The whole session plan of one block, every field editable in place. */
export function SessionEditor({
  blockId,
  onBack,
  onExport,
}: {
  blockId: string;
  onBack: () => void;
  onExport: () => void;
}) {
  const { t } = useTranslation('session');
  const block = useBlock(blockId);
  const edit = useEdit();
  const shownPlanSections = useStagedCount(PLAN.length, 1);
  const comments = useComments();

  if (block === null) {
    return (
      <div className="screen-message" role="alert">
        <p>{t('notFound')}</p>
        <button type="button" className="btn" onClick={onBack}>
          {t('backToWeek')}
        </button>
      </div>
    );
  }

  const isBreak = isBreakType(block.type);
  const sections: SectionId[] = isBreak
    ? ['overview']
    : [
        'overview',
        'objectives',
        'fourCs',
        'language',
        'stages',
        'assessment',
        'inclusion',
        'materials',
        'notes',
        'delivery',
      ];
  const section = (id: SectionId, children: ReactNode) => (
    <PageSection key={id} id={`section-${id}`} title={t(`sections.${id}`)}>
      {children}
    </PageSection>
  );

  const editor = (
    <div className="session-editor">
      <SessionHeader block={block} onBack={onBack} onExport={isBreak ? null : onExport} />
      <SectionedPage
        contentsLabel={t('contents')}
        sections={
          isBreak ? [] : sections.map((id) => ({ id: `section-${id}`, label: t(`sections.${id}`) }))
        }
      >
        {section('overview', <OverviewSection block={block} />)}
        {isBreak
          ? null
          : PLAN.slice(0, shownPlanSections).flatMap(({ id, fields }) => {
              const parts = [
                section(
                  id,
                  <>
                    {id === 'inclusion' ? (
                      <TextField
                        label={t('overview.prioritisedBarrier')}
                        value={block.prioritisedBarrier}
                        onCommit={(value) =>
                          edit.setBlockField(block.id, 'prioritisedBarrier', value)
                        }
                      />
                    ) : null}
                    <PlanFields blockId={block.id} fields={fields} />
                  </>,
                ),
              ];
              if (id === 'language') parts.push(section('stages', <StagesTable block={block} />));
              // After delivery: how it went, last, where the plan ends.
              if (id === 'notes') parts.push(section('delivery', <DeliveryNotes block={block} />));
              return parts;
            })}
      </SectionedPage>
    </div>
  );
  if (comments?.panelOpen !== true) return editor;
  return (
    <div className="session-with-comments">
      {editor}
      <CommentsPanel blockId={block.id} />
    </div>
  );
}
