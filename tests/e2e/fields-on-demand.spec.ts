import { expect as baseExpect, type Page } from '@playwright/test';

import { shareProgram, test as together } from './co-tutors';
import { expect, openApp, screenshot, test, waitUntilSaved } from './fixtures';
import { card, richField } from './helpers';

const WELCOME = 'Welcome, introductions and the aims of the week';
const FIELDS = 20;
const NOTES = 'Notes between co-tutors';
const FOLLOW_UP = 'Follow-up and transfer';

/** The session plan's rich-text fields that have a Lexical editor. */
function editors(page: Page) {
  return page.locator('.rich-field [contenteditable="true"]');
}

/** Waits until every field of the plan is there, editor or text (its sections appear frame by frame). */
async function planShown(page: Page): Promise<void> {
  await baseExpect(richField(page, NOTES)).toBeAttached();
  await baseExpect(page.locator('.rich-field')).toHaveCount(FIELDS);
}

test.describe('a session plan mounts the editors of its fields as they come near the screen', () => {
  test.beforeEach(async ({ page, app }) => {
    await openApp(page, app);
    await page.getByRole('button', { name: 'New program' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New program' });
    await dialog.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
    await dialog.getByRole('button', { name: 'Create program' }).click();
    await card(page, 1, WELCOME).click();
    await planShown(page);
  });

  test('fields far below show their text without an editor until scrolled to', async ({ page }) => {
    await expect(richField(page, 'Content objectives')).toHaveAttribute('contenteditable', 'true');
    const notes = richField(page, NOTES);
    await expect(notes).not.toHaveAttribute('contenteditable');
    await expect(notes).not.toBeEmpty();
    const mounted = await editors(page).count();
    expect(mounted).toBeGreaterThan(0);
    expect(mounted).toBeLessThan(FIELDS);
    await screenshot(page, 'fields-on-demand-top');
    const heightOf = () => notes.evaluate((field) => field.getBoundingClientRect().height);
    const staticHeight = await heightOf();

    await notes.scrollIntoViewIfNeeded();
    await expect(notes).toHaveAttribute('contenteditable', 'true');
    await expect(notes).not.toBeEmpty();
    // Laid out as the editor lays it out: nothing moves when the editor takes over.
    expect(await heightOf()).toBeCloseTo(staticHeight, 0);
    await screenshot(page, 'fields-on-demand-notes');
  });

  test('Tab into a field without an editor mounts it there, focused, and keeps what is typed', async ({
    page,
  }) => {
    // The field's comment button comes just before its text in the tab order; no scrolling,
    // so the field is still far from the screen when the Tab lands on it.
    await page
      .getByRole('button', { name: `Comment on ${NOTES}` })
      .evaluate((button) => (button as HTMLElement).focus({ preventScroll: true }));
    await expect(richField(page, NOTES)).not.toHaveAttribute('contenteditable');
    await page.keyboard.press('Tab');
    const notes = richField(page, NOTES);
    await expect(notes).toBeFocused();
    await expect(notes).toHaveAttribute('contenteditable', 'true');
    await page.keyboard.type('Typed after Tab. ');
    await expect(notes).toContainText('Typed after Tab. ');

    await waitUntilSaved(page);
    await page.reload();
    await planShown(page);
    await expect(richField(page, NOTES)).not.toHaveAttribute('contenteditable');
    await expect(richField(page, NOTES)).toContainText('Typed after Tab. ');
  });

  test('the contents lead to a section far below, drawn and editable when it arrives', async ({
    page,
  }) => {
    // Sections far from the screen are not drawn (content-visibility): the link's
    // scroll must still end on its section, whatever the sections above it measure.
    const contents = page.getByRole('navigation', { name: 'Sections of the session plan' });
    await contents.getByRole('link', { name: 'Co-tutor notes' }).click();
    const heading = page.getByRole('heading', { name: 'Co-tutor notes', level: 2 });
    await expect(heading).toBeInViewport();
    const notes = richField(page, NOTES);
    await expect(notes).toHaveAttribute('contenteditable', 'true');
    await expect(notes).toBeInViewport();
    await screenshot(page, 'fields-on-demand-contents-link');
    await contents.getByRole('link', { name: 'Objectives' }).click();
    await expect(page.getByRole('heading', { name: 'Objectives', level: 2 })).toBeInViewport();
  });

  test('a click on a field without an editor puts the caret where it landed', async ({ page }) => {
    const followUp = richField(page, FOLLOW_UP);
    await followUp.scrollIntoViewIfNeeded();
    await followUp.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('first second third');
    await waitUntilSaved(page);
    await page.reload();
    await planShown(page);
    await expect(richField(page, FOLLOW_UP)).not.toHaveAttribute('contenteditable');

    // As when the user jumps down (End, a drag of the scroll bar) and clicks before
    // the field's editor is there: the scroll and the press in one task.
    await richField(page, FOLLOW_UP).evaluate((field) => {
      field.scrollIntoView({ block: 'center' });
      const text = [...field.querySelectorAll('span')].find((span) =>
        span.textContent?.includes('second'),
      )?.firstChild;
      if (text === undefined || text === null) throw new Error('No text in the field');
      const range = document.createRange();
      const at = (text.textContent ?? '').indexOf('second');
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      const box = range.getBoundingClientRect();
      field.dispatchEvent(
        new MouseEvent('mousedown', {
          bubbles: true,
          cancelable: true,
          button: 0,
          clientX: box.left + 1,
          clientY: box.top + box.height / 2,
        }),
      );
    });
    const editor = richField(page, FOLLOW_UP);
    await expect(editor).toHaveAttribute('contenteditable', 'true');
    await expect(editor).toBeFocused();
    await page.keyboard.type('X');
    await expect(editor).toHaveText('first Xsecond third');
  });
});

together(
  'a co-tutor’s typing shows in a field without an editor, and stays when it mounts',
  async ({ server, marieke, aigerim }) => {
    const a = marieke.page;
    const b = aigerim.page;
    await shareProgram(a, b, server);
    await card(a, 1, WELCOME).click();
    await card(b, 1, WELCOME).click();
    await planShown(b);
    const theirs = richField(b, NOTES);
    await baseExpect(theirs).not.toHaveAttribute('contenteditable');

    const mine = richField(a, NOTES);
    await mine.scrollIntoViewIfNeeded();
    await mine.click();
    await a.keyboard.press('Control+End');
    await a.keyboard.type(' Remote words.');
    await baseExpect(theirs).toContainText('Remote words.');
    await baseExpect(theirs).not.toHaveAttribute('contenteditable');

    await theirs.scrollIntoViewIfNeeded();
    await baseExpect(theirs).toHaveAttribute('contenteditable', 'true');
    await baseExpect(theirs).toContainText('Remote words.');
    await a.keyboard.type(' More.');
    await baseExpect(theirs).toContainText('Remote words. More.');
    await baseExpect(b.getByText('Marieke Verhoeven is editing this field')).toBeVisible();
  },
);
