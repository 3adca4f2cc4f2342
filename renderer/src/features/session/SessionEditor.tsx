import './session.css';

import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { isBreakType, type SessionRichField } from '../../../../shared/model';
import { TextField } from '../../components';
import { useBlock, useEdit } from '../../program';
import { OverviewSection } from './OverviewSection';
import { PlanFields } from './PlanFields';
import { SessionHeader } from './SessionHeader';
import { StagesTable } from './StagesTable';

type SectionId = 'overview' | 'objectives' | 'fourCs' | 'language' | 'stages' | 'assessment' | 'inclusion' | 'materials' | 'notes';

const PLAN: { id: SectionId; fields: readonly SessionRichField[] }[] = [
  { id: 'objectives', fields: ['contentObjectives', 'languageObjectives', 'successCriteria'] },
  { id: 'fourCs', fields: ['content', 'languageOfLearning', 'languageForLearning', 'languageThroughLearning', 'cognition', 'culture'] },
  { id: 'language', fields: ['keyVocabulary', 'scaffolding'] },
  { id: 'assessment', fields: ['assessment'] },
  { id: 'inclusion', fields: ['barriers', 'engagement', 'representation', 'actionExpression'] },
  { id: 'materials', fields: ['materials', 'preWork', 'followUp'] },
  { id: 'notes', fields: ['notes'] },
];

/** The whole session plan of one block, every field editable in place. */
export function SessionEditor({ blockId, onBack }: { blockId: string; onBack: () => void }) {
  const { t } = useTranslation('session');
  const block = useBlock(blockId);
  const edit = useEdit();

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
  const sections: SectionId[] = isBreak ? ['overview'] : ['overview', 'objectives', 'fourCs', 'language', 'stages', 'assessment', 'inclusion', 'materials', 'notes'];
  const section = (id: SectionId, children: ReactNode) => (
    <section key={id} id={`section-${id}`} className="plan-section" aria-labelledby={`heading-${id}`}>
      <h2 id={`heading-${id}`}>{t(`sections.${id}`)}</h2>
      {children}
    </section>
  );

  return (
    <div className="session-editor">
      <SessionHeader block={block} onBack={onBack} />
      <div className="session-body">
        {isBreak ? null : (
          <nav className="plan-contents" aria-label={t('contents')}>
            <ol>
              {sections.map((id) => (
                <li key={id}>
                  <a
                    href={`#section-${id}`}
                    onClick={(event) => {
                      // The address fragment holds the route; scroll without changing it.
                      event.preventDefault();
                      document.getElementById(`section-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                    }}
                  >
                    {t(`sections.${id}`)}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <div className="plan">
          {section('overview', <OverviewSection block={block} />)}
          {isBreak
            ? null
            : PLAN.flatMap(({ id, fields }) => {
                const parts = [
                  section(
                    id,
                    <>
                      {id === 'inclusion' ? (
                        <TextField
                          label={t('overview.prioritisedBarrier')}
                          value={block.prioritisedBarrier}
                          onCommit={(value) => edit.setBlockField(block.id, 'prioritisedBarrier', value)}
                        />
                      ) : null}
                      <PlanFields blockId={block.id} fields={fields} />
                    </>,
                  ),
                ];
                if (id === 'language') parts.push(section('stages', <StagesTable block={block} />));
                return parts;
              })}
        </div>
      </div>
    </div>
  );
}
