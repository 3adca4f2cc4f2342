import { expect, type Locator, type Page } from '@playwright/test';

/** A day's column in the week planner. */
export function dayColumn(page: Page, day: number): Locator {
  return page.getByRole('region', { name: `Day ${day}`, exact: true });
}

/** The card of a block, found by its title within a day's column. */
export function card(page: Page, day: number, title: string): Locator {
  return dayColumn(page, day).getByRole('button', {
    name: new RegExp(`^\\d\\d:\\d\\d–\\d\\d:\\d\\d, [^:]+: ${escape(title)}`),
  });
}

/** The start–end time a card shows, as in its accessible name. */
export async function cardTimes(locator: Locator): Promise<string> {
  const name = (await locator.getAttribute('aria-label')) ?? (await locator.textContent()) ?? '';
  return /^(\d\d:\d\d–\d\d:\d\d)/.exec(name)?.[1] ?? '';
}

/** Where a dragged block will land, as the planner announces it; the title may be its beginning, as in `card`. */
export type Landing = { title: string; position: number; day: number };

/**
 * Drags with the mouse in small steps, as a person does (dnd-kit needs real pointer
 * movement), and lets go once the planner announces the landing place: dnd-kit
 * works out what the pointer is over a frame after it moves, so letting go at
 * once can drop the block where the pointer was a moment before.
 */
export async function dragWithMouse(
  page: Page,
  from: Locator,
  to: Locator,
  landing: Landing,
): Promise<void> {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (start === null || end === null) throw new Error('Drag source or target is not visible.');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2 + 10, {
    steps: 5,
  });
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 25 });
  const { title, position, day } = landing;
  await expect(
    page.getByText(
      new RegExp(`^${escape(title)}.*? is at position ${position} of \\d+ in Day ${day}\\.`),
    ),
  ).toBeAttached();
  await page.mouse.up();
}

/** A rich-text field of the session editor, by its label. */
export function richField(page: Page, label: string): Locator {
  return page.getByRole('textbox', { name: label, exact: true });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Deletes a session from its card's menu in the week planner, as a co-tutor does. */
export async function deleteFromCard(page: Page, day: number, title: string): Promise<void> {
  await dayColumn(page, day)
    .getByRole('button', { name: `More actions for ${title}` })
    .click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(card(page, day, title)).toHaveCount(0);
}

/** A new program from the blank start, with a title; resolves once its week shows. */
export async function createProgram(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New program' }).first().click();
  const create = page.getByRole('dialog', { name: 'New program' });
  await create.getByLabel('Title').fill(title);
  await create.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
}
