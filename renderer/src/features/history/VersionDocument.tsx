import '../export/print-view/print.css';

import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { richTextToPlain } from '../../../../shared/model/rich-text/plain';
import type { ExportLabels } from '../../../../shared/print/labels';
import type { ProgramOutline } from '../../../../shared/print/outline-types';
import { Button } from '../../components';
import { Contents } from '../export/print-view/Contents';
import { Cover } from '../export/print-view/Cover';
import { DeliveryNotesAppendix } from '../export/print-view/DeliveryNotesAppendix';
import { LearningOutcomes } from '../export/print-view/LearningOutcomes';
import { addPreviewFonts } from '../export/print-view/preview-fonts';
import { SessionPlan } from '../export/print-view/SessionPlanDocument';
import { WeekAtAGlance } from '../export/print-view/WeekAtAGlance';

type Props = {
  outline: ProgramOutline;
  labels: ExportLabels;
  /** Puts one session back as it was here; absent while a restore is under way. */
  onRestoreSession?: (blockId: string, title: string) => void;
};

/**
 * An old version of the whole program as the print view lays it out — cover,
 * contents, the week at a glance, every session plan — so it shows everything
 * and holds no editor: nothing in it can be changed by mistake. Each plan has
 * its own "Restore this session".
 */
export function VersionDocument({ outline, labels, onRestoreSession }: Props) {
  const { t } = useTranslation('history');
  useLayoutEffect(addPreviewFonts, []);
  const hasOutcomes = richTextToPlain(outline.learningOutcomes).trim() !== '';
  return (
    <div className="print-doc print-doc--program">
      <Cover outline={outline} labels={labels} />
      {hasOutcomes ? <LearningOutcomes outline={outline} labels={labels} /> : null}
      {outline.contents.length === 0 ? null : <Contents outline={outline} labels={labels} />}
      {outline.timetable.length === 0 ? null : (
        <WeekAtAGlance days={outline.timetable} labels={labels} />
      )}
      {outline.sessions.map((session) => (
        <div key={session.id} className="version-session">
          <div className="version-session-tools">
            <Button
              small
              disabled={onRestoreSession === undefined}
              aria-label={t('viewer.restoreSessionLabel', { title: session.title })}
              onClick={() => onRestoreSession?.(session.id, session.title)}
            >
              {t('viewer.restoreSession')}
            </Button>
          </div>
          <SessionPlan outline={session} level={2} />
        </div>
      ))}
      {outline.deliveryNotes.length === 0 ? null : (
        <DeliveryNotesAppendix entries={outline.deliveryNotes} labels={labels} />
      )}
    </div>
  );
}
