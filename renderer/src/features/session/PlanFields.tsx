import { useTranslation } from 'react-i18next';

import { blockOf, richFieldOf } from '../../../../shared/model/layout';
import { type SessionRichField } from '../../../../shared/model/schema';
import { RichTextField } from '../../editor/RichTextField';
import { useProgramSession } from '../../program';

/** The rich-text fields of one section of the plan, each its own editor. */
export function PlanFields({
  blockId,
  fields,
}: {
  blockId: string;
  fields: readonly SessionRichField[];
}) {
  const { t } = useTranslation('session');
  const { doc } = useProgramSession();
  const block = blockOf(doc, blockId);
  if (block === null) return null;
  return (
    <div className="plan-fields">
      {fields.map((field) => {
        const xmlText = richFieldOf(block, field);
        // Every block is created with all its fields (create.ts); a missing one
        // means a damaged document, and is left out rather than invented here.
        if (xmlText === null) return null;
        return (
          <RichTextField
            key={field}
            fieldId={`${blockId}:${field}`}
            xmlText={xmlText}
            label={t(`fields.${field}`)}
            description={t(`hints.${field}`)}
            commentField={{ blockId, field }}
          />
        );
      })}
    </div>
  );
}
