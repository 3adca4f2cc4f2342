import { useTranslation } from 'react-i18next';

import { LIMITS } from '../../../../shared/model/schema';
import type { Block } from '../../../../shared/model/types';
import { CommitField, type ParseResult, TextField } from '../../components';
import { useEdit } from '../../program';
import { parseParticipants } from '../settings/field-rules';

/**
 * "How did it go": written after a session is delivered, beside its plan, so
 * that the next run of the module starts from what happened in this one.
 */
export function DeliveryNotes({ block }: { block: Block }) {
  const { t } = useTranslation('session');
  const { t: ts } = useTranslation('settings');
  const edit = useEdit();
  const parseCount = (text: string): ParseResult<number | null> => {
    // Nobody turning up is a count too.
    if (text.trim() === '0') return { ok: true, value: 0 };
    const parsed = parseParticipants(text);
    return parsed.ok
      ? parsed
      : {
          ok: false,
          error: ts(`general.participantsErrors.${parsed.error}`, { max: LIMITS.maxParticipants }),
        };
  };
  return (
    <div className="delivery-notes">
      <TextField
        label={t('delivery.note')}
        description={t('delivery.noteHint')}
        multiline
        value={block.deliveryNote}
        onCommit={(value) => edit.setBlockField(block.id, 'deliveryNote', value)}
      />
      <CommitField<number | null>
        label={t('delivery.participants')}
        inputMode="numeric"
        value={block.participantCount}
        format={(count) => (count === null ? '' : String(count))}
        parse={parseCount}
        onCommit={(count) => edit.setBlockField(block.id, 'participantCount', count)}
      />
      <TextField
        label={t('delivery.changeNextTime')}
        multiline
        value={block.changeNextTime}
        onCommit={(value) => edit.setBlockField(block.id, 'changeNextTime', value)}
      />
    </div>
  );
}
