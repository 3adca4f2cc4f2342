import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode } from 'lexical';
import { useEffect } from 'react';

import { isSafeUrl } from '../../../../../shared/model/rich-text/links';
import { openOutside, useHost } from '../../../host';

/**
 * Ctrl+click (Cmd+click on macOS) on a link opens it outside the application;
 * a plain click places the cursor, as in any word processor.
 */
export function LinkOpenPlugin() {
  const [editor] = useLexicalComposerContext();
  const host = useHost();

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !(event.target instanceof Node)) return;
      const target = event.target;
      const url = editor.read(() => {
        let node = $getNearestNodeFromDOMNode(target);
        while (node !== null && !$isLinkNode(node)) node = node.getParent();
        return node === null ? null : node.getURL();
      });
      if (url === null || !isSafeUrl(url)) return;
      event.preventDefault();
      openOutside(host, url);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
  }, [editor, host]);

  return null;
}
