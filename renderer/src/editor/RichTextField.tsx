import './editor.css';

import { BOLD_STAR, HEADING, ITALIC_STAR, ORDERED_LIST, UNORDERED_LIST } from '@lexical/markdown';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { Binding } from '@lexical/yjs';
import { type ReactNode, useId, useMemo, useRef, useState } from 'react';
import type { XmlText } from 'yjs';

import { isSafeUrl } from '../../../shared/model/rich-text/links';
import { FieldPresence } from '../features/presence/FieldPresence';
import { RICH_TEXT_NODES } from './nodes';
import { type CommentField, CommentPlugin } from './plugins/CommentPlugin';
import { FieldBindingPlugin } from './plugins/FieldBindingPlugin';
import { FocusOnMountPlugin } from './plugins/FocusOnMountPlugin';
import { HistoryPlugin } from './plugins/HistoryPlugin';
import { LinkOpenPlugin } from './plugins/LinkOpenPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { type Activation, StaticFieldContent } from './StaticFieldContent';
import { EDITOR_THEME } from './theme';
import { useNearViewport } from './use-near-viewport';

/** Typing "- ", "1. ", "## " or **bold** formats as in most editors. */
const SHORTCUTS = [HEADING, UNORDERED_LIST, ORDERED_LIST, BOLD_STAR, ITALIC_STAR];

export type RichTextFieldProps = {
  label: string;
  /** The field's Y.XmlText inside the program document. */
  xmlText: XmlText;
  /** Unique within the program: identifies the field to the binding. */
  fieldId: string;
  description?: ReactNode;
  /** What a comment on this field is about; without it the field offers no comments. */
  commentField?: CommentField;
};

/**
 * One rich-text field of a session plan: a Lexical editor bound to its place in
 * the document. The editor mounts when the field comes near the screen, or at
 * once when the user clicks or tabs into it; until then the field shows its text
 * (StaticFieldContent), so a plan of twenty fields opens at the cost of the few
 * on screen (docs/benchmarks.md, "Faster first open").
 */
export function RichTextField({
  label,
  xmlText,
  fieldId,
  description,
  commentField,
}: RichTextFieldProps) {
  const labelId = useId();
  const [binding, setBinding] = useState<Binding | null>(null);
  const descriptionId = useId();
  const field = useRef<HTMLDivElement>(null);
  const near = useNearViewport(field);
  const [activation, setActivation] = useState<Activation | null>(null);
  const describedBy = description ? descriptionId : undefined;
  const initialConfig = useMemo(
    () => ({
      namespace: `cotutor-${fieldId}`,
      nodes: RICH_TEXT_NODES,
      theme: EDITOR_THEME,
      // The content comes from the document through the binding, never from here.
      editorState: null,
      onError: (error: Error) => {
        throw error;
      },
    }),
    [fieldId],
  );

  return (
    <div className="rich-field" ref={field}>
      <LexicalComposer initialConfig={initialConfig}>
        <div className="rich-field-header">
          <span className="field-label" id={labelId}>
            {label}
          </span>
          <FieldPresence fieldId={fieldId} />
          <ToolbarPlugin fieldLabel={label} />
          {commentField === undefined ? null : (
            <CommentPlugin
              fieldId={fieldId}
              fieldLabel={label}
              target={commentField}
              xmlText={xmlText}
              binding={binding}
            />
          )}
        </div>
        {description ? (
          <span id={descriptionId} className="field-description">
            {description}
          </span>
        ) : null}
        {near || activation !== null ? (
          <>
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="rich-content"
                  role="textbox"
                  aria-multiline
                  aria-labelledby={labelId}
                  aria-describedby={describedBy}
                  spellCheck
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
            <ListPlugin />
            <LinkPlugin validateUrl={isSafeUrl} />
            <MarkdownShortcutPlugin transformers={SHORTCUTS} />
            <FieldBindingPlugin xmlText={xmlText} fieldId={fieldId} onBound={setBinding} />
            <FocusOnMountPlugin activation={activation} />
            <HistoryPlugin />
            <LinkOpenPlugin />
          </>
        ) : (
          <StaticFieldContent
            xmlText={xmlText}
            labelId={labelId}
            descriptionId={describedBy}
            onActivate={(next) => setActivation((current) => current ?? next)}
          />
        )}
      </LexicalComposer>
    </div>
  );
}
