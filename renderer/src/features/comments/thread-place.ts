import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';

import { blockOf, programRichFieldOf, richFieldOf } from '../../../../shared/model/layout';
import {
  PROGRAM_RICH_FIELDS,
  type ProgramRichField,
  SESSION_RICH_FIELDS,
  type SessionRichField,
} from '../../../../shared/model/schema';
import { anchoredText, isGone } from '../../../../shared/review/anchor';
import type { TargetKind } from '../../../../shared/review/thread-records';
import type { ThreadView } from '../../../../shared/review/threads';

function sessionField(field: string | null): SessionRichField | null {
  return SESSION_RICH_FIELDS.find((known) => known === field) ?? null;
}

function programField(field: string | null): ProgramRichField | null {
  return PROGRAM_RICH_FIELDS.find((known) => known === field) ?? null;
}

/** The field's Y.XmlText a thread is about, or null (no such field, or a damaged thread). */
export function fieldTextOf(doc: Y.Doc, thread: ThreadView): Y.XmlText | null {
  if (thread.blockId === null) {
    const field = programField(thread.field);
    return field === null ? null : programRichFieldOf(doc, field);
  }
  const field = sessionField(thread.field);
  const block = blockOf(doc, thread.blockId);
  return field === null || block === null ? null : richFieldOf(block, field);
}

/** A range thread's text as it stands now, or null once it is gone (or not a range thread). */
export function currentTextOf(doc: Y.Doc, thread: ThreadView): string | null {
  const xml = fieldTextOf(doc, thread);
  if (thread.anchor === null || xml === null) return null;
  const text = anchoredText(doc, xml, thread.anchor);
  return isGone(text) ? null : text;
}

/** Where in the plan a thread sits: the session first, then its fields in the plan's order. */
export function planOrder(thread: ThreadView): number {
  if (thread.kind === 'session') return -1;
  const index = SESSION_RICH_FIELDS.indexOf(sessionField(thread.field) ?? 'notes');
  return sessionField(thread.field) === null ? SESSION_RICH_FIELDS.length : index;
}

/** Open threads first, each group in plan order, then oldest first. */
export function inPlanOrder(threads: readonly ThreadView[]): ThreadView[] {
  return [...threads].sort(
    (a, b) =>
      Number(a.resolved) - Number(b.resolved) ||
      planOrder(a) - planOrder(b) ||
      a.createdAt - b.createdAt,
  );
}

/** Puts what a thread (or one being started) is about into words. */
export function useAboutOf(): (thread: { kind: TargetKind; field: string | null }) => string {
  const { t } = useTranslation('comments');
  const { t: tSession } = useTranslation('session');
  const { t: tSettings } = useTranslation('settings');
  return useCallback(
    (thread) => {
      if (thread.kind === 'program') return t('target.program');
      if (thread.kind === 'session') return t('target.session');
      const session = sessionField(thread.field);
      const label =
        session !== null
          ? tSession(`fields.${session}`)
          : programField(thread.field) !== null
            ? tSettings('outcomes.field')
            : null;
      // A field this version does not know (written by a newer one) has no name to give.
      if (label === null)
        return t(thread.kind === 'range' ? 'target.rangeUnknown' : 'target.fieldUnknown');
      return thread.kind === 'range'
        ? t('target.range', { field: label })
        : t('target.field', { field: label });
    },
    [t, tSession, tSettings],
  );
}
