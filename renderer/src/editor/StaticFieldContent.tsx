import { useMemo, useSyncExternalStore } from 'react';
import type { XmlText } from 'yjs';

import { readRichText } from '../../../shared/model/rich-text/decode';
import type { RichText } from '../../../shared/model/rich-text/types';
import { StaticRichText } from './StaticRichText';

/** Where the user asked to edit a field that shows its text only: a click's point, or none (Tab). */
export type Activation = { point: { x: number; y: number } | null };

type Props = {
  xmlText: XmlText;
  labelId: string;
  descriptionId: string | undefined;
  onActivate: (activation: Activation) => void;
};

/**
 * A field's text while its editor is not mounted (docs/benchmarks.md, "Faster
 * first open"): read from the document and kept up to date with everyone's
 * edits, with the editor's role and name, reachable by Tab. A click or focus
 * asks for the editor at once.
 */
export function StaticFieldContent({ xmlText, labelId, descriptionId, onActivate }: Props) {
  const content = useFieldText(xmlText);
  return (
    <div
      className="rich-content rich-static"
      role="textbox"
      aria-multiline
      aria-labelledby={labelId}
      aria-describedby={descriptionId}
      tabIndex={0}
      onMouseDown={(event) => {
        if (event.button !== 0) return;
        // Not focused here: the editor takes the focus, with the caret where the click was.
        event.preventDefault();
        onActivate({ point: { x: event.clientX, y: event.clientY } });
      }}
      onFocus={() => onActivate({ point: null })}
    >
      <StaticRichText content={content} />
    </div>
  );
}

/** The field's content, read again after every change to it, local or remote. */
function useFieldText(xmlText: XmlText): RichText {
  const store = useMemo(() => fieldText(xmlText), [xmlText]);
  return useSyncExternalStore(store.subscribe, store.read);
}

function fieldText(xmlText: XmlText) {
  let content: RichText | null = null;
  return {
    read: (): RichText => (content ??= readRichText(xmlText)),
    subscribe: (changed: () => void) => {
      const onChange = () => {
        content = null;
        changed();
      };
      xmlText.observeDeep(onChange);
      // A change between the first reading and this subscription would otherwise be missed.
      const now = readRichText(xmlText);
      if (JSON.stringify(now) !== JSON.stringify(content)) {
        content = now;
        changed();
      }
      return () => xmlText.unobserveDeep(onChange);
    },
  };
}
