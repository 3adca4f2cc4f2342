import { useEffect, useMemo, useState } from 'react';

import type { DateFormat, ExportLabels } from '../../../../shared/print/labels';
import { type ReviewNotes, reviewNotes } from '../../../../shared/print/review-notes';
import { useProgramSession } from '../../program';
import type { PrintSubject } from './print-view/PrintDocument';

/** Co-tutors may comment while the preview is open: read again once they pause, as the program is. */
const SETTLE_MS = 300;

/**
 * A review copy's notes for the document being exported, numbered in its order
 * and kept current while the dialog is open; undefined when the user has not
 * asked for the comments, so nothing is read.
 */
export function useReviewNotes(
  enabled: boolean,
  subject: PrintSubject | null,
  labels: ExportLabels,
  dates: DateFormat,
): ReviewNotes | undefined {
  const { doc, review } = useProgramSession();
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setRevision((count) => count + 1), SETTLE_MS);
    };
    review.on('update', onUpdate);
    doc.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      review.off('update', onUpdate);
      doc.off('update', onUpdate);
    };
  }, [enabled, doc, review]);

  return useMemo(() => {
    // An agenda prints no plan, so none of its comments.
    if (!enabled || subject === null || subject.document === 'agenda') return undefined;
    const scope =
      subject.document === 'program'
        ? { program: true, sessionIds: subject.outline.sessions.map((session) => session.id) }
        : { program: false, sessionIds: [subject.outline.id] };
    return reviewNotes(doc, review, scope, labels, dates);
    // `revision` stands for the documents' content, which the memo reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, subject, labels, dates, doc, review, revision]);
}
