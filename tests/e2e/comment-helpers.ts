import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Selects `phrase` in a rich-text field as a mouse drag would (a DOM selection
 * the editor picks up), or, with `caret`, puts the caret just before or after it.
 */
export async function selectInField(
  field: Locator,
  phrase: string,
  caret?: 'before' | 'after',
): Promise<void> {
  await field.focus();
  await field.evaluate(
    (root, [phrase, caret]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(phrase ?? '') ?? -1;
        if (at === -1) continue;
        const range = document.createRange();
        const end = at + (phrase ?? '').length;
        range.setStart(node, caret === 'after' ? end : at);
        range.setEnd(node, caret === 'before' ? at : end);
        // Lexical reads the DOM selection on 'selectionchange', which comes later:
        // a key pressed before it would meet Lexical's previous selection. Its
        // listener was added first, so it has run when this one does.
        const read = new Promise<void>((resolve) =>
          document.addEventListener(
            'selectionchange',
            () => requestAnimationFrame(() => resolve()),
            { once: true },
          ),
        );
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return read;
      }
      throw new Error(`"${phrase}" is not in the field`);
    },
    [phrase, caret] as const,
  );
}

/** The text the comment highlights (the focused thread's included) cover now, on the whole page. */
export async function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ['cotutor-comment', 'cotutor-comment-focused'].flatMap((name) =>
      [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString()),
    ),
  );
}

export async function expectHighlighted(page: Page, texts: string[]): Promise<void> {
  await expect.poll(() => highlighted(page)).toEqual(texts);
}

/** The comments panel beside the session plan. */
export function commentsPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Comments on this session' });
}

/** Sets the name co-tutors see, as in Preferences. */
export async function setName(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const preferences = page.getByRole('dialog', { name: 'Preferences' });
  await preferences.getByLabel('Your name').fill(name);
  await preferences.getByLabel('Your name').press('Tab');
  await preferences.getByRole('button', { name: 'Close' }).click();
}
