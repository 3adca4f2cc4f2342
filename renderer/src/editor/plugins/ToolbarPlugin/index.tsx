import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  FORMAT_TEXT_COMMAND,
  type TextFormatType,
} from 'lexical';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { BulletListIcon, LinkIcon, NumberListIcon } from '../../icons';
import { LinkDialog } from './LinkDialog';
import { type BlockStyle, useFormatState } from './use-format-state';

/**
 * The formatting a session plan needs and nothing more: bold, italic, underline,
 * two heading levels, bulleted and numbered lists, links.
 */
export function ToolbarPlugin({ fieldLabel }: { fieldLabel: string }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const state = useFormatState();
  const [linking, setLinking] = useState(false);

  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);

  const setBlock = (style: BlockStyle) => {
    if (style === 'bullet' || style === 'number') {
      const command =
        style === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND;
      editor.dispatchCommand(state.block === style ? REMOVE_LIST_COMMAND : command, undefined);
      return;
    }
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      $setBlocksType(selection, () =>
        style === 'paragraph' ? $createParagraphNode() : $createHeadingNode(style),
      );
    });
  };

  const toggle = (
    label: string,
    pressed: boolean,
    onClick: () => void,
    glyph: ReactNode,
    className = '',
  ) => (
    <button
      type="button"
      className={`tool ${className}`}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      // Keep the text selection in the editor when clicking a tool.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {glyph}
    </button>
  );

  const headingStyle: BlockStyle =
    state.block === 'h2' || state.block === 'h3' ? state.block : 'paragraph';

  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar', { field: fieldLabel })}>
      {toggle(t('editor.bold'), state.bold, () => format('bold'), 'B', 'tool-bold')}
      {toggle(t('editor.italic'), state.italic, () => format('italic'), 'I', 'tool-italic')}
      {toggle(
        t('editor.underline'),
        state.underline,
        () => format('underline'),
        'U',
        'tool-underline',
      )}
      <select
        className="tool-select"
        aria-label={t('editor.blockType')}
        value={headingStyle}
        onChange={(event) => setBlock(event.target.value as BlockStyle)}
      >
        <option value="paragraph">{t('editor.paragraph')}</option>
        <option value="h2">{t('editor.heading')}</option>
        <option value="h3">{t('editor.subheading')}</option>
      </select>
      {toggle(
        t('editor.bulletList'),
        state.block === 'bullet',
        () => setBlock('bullet'),
        <BulletListIcon />,
      )}
      {toggle(
        t('editor.numberList'),
        state.block === 'number',
        () => setBlock('number'),
        <NumberListIcon />,
      )}
      {toggle(
        state.link ? t('editor.removeLink') : t('editor.link'),
        state.link,
        () => (state.link ? editor.dispatchCommand(TOGGLE_LINK_COMMAND, null) : setLinking(true)),
        <LinkIcon />,
      )}
      {linking ? (
        <LinkDialog
          onDone={(url) => {
            setLinking(false);
            editor.focus();
            if (url !== null) editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
          }}
        />
      ) : null}
    </div>
  );
}
