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
import { type ReactNode, useId, useMemo, useState } from 'react';
import type { XmlText } from 'yjs';

import { isSafeUrl } from '../../../shared/model/rich-text/links';
import { FieldPresence } from '../features/presence/FieldPresence';
import { RICH_TEXT_NODES } from './nodes';
import { type CommentField, CommentPlugin } from './plugins/CommentPlugin';
import { FieldBindingPlugin } from './plugins/FieldBindingPlugin';
import { HistoryPlugin } from './plugins/HistoryPlugin';
import { LinkOpenPlugin } from './plugins/LinkOpenPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { EDITOR_THEME } from './theme';

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

/** One rich-text field of a session plan: a Lexical editor bound to its place in the document. */
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
    <div className="rich-field">
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
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="rich-content"
              role="textbox"
              aria-multiline
              aria-labelledby={labelId}
              aria-describedby={description ? descriptionId : undefined}
              spellCheck
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        <MarkdownShortcutPlugin transformers={SHORTCUTS} />
        <FieldBindingPlugin xmlText={xmlText} fieldId={fieldId} onBound={setBinding} />
        <HistoryPlugin />
        <LinkOpenPlugin />
      </LexicalComposer>
    </div>
  );
}
