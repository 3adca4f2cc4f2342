import type { EditorThemeClasses } from 'lexical';

/** Class names for the nodes of a rich-text field; styled in editor.css. */
export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'rt-paragraph',
  heading: { h1: 'rt-h1', h2: 'rt-h2', h3: 'rt-h3', h4: 'rt-h4', h5: 'rt-h5', h6: 'rt-h6' },
  list: { ul: 'rt-ul', ol: 'rt-ol', listitem: 'rt-li', nested: { listitem: 'rt-li-nested' } },
  link: 'rt-link',
  text: { bold: 'rt-bold', italic: 'rt-italic', underline: 'rt-underline' },
  // Co-tutors' carets and name labels; Lexical sets --lexical-cursor-color on each.
  collaboration: { cursor: 'remote-caret', cursorName: 'remote-caret-name' },
};
