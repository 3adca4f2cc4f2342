import type { Page } from '@playwright/test';

import { expect } from './fixtures';

/** A session of the CLIL template: its plan is among those every version holds. */
export const FOUR_CS = 'The 4Cs framework: content, communication, cognition and culture';

export async function createClilWeek(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New program' }).first().click();
  const create = page.getByRole('dialog', { name: 'New program' });
  await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await create.getByLabel('Title').fill(title);
  await create.getByLabel('First day').fill('2026-05-11');
  await create.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
}

export async function openHistory(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Versions of this program/ }).click();
  await expect(page.getByRole('heading', { name: 'History', exact: true })).toBeVisible();
}

export async function nameVersion(page: Page, name: string): Promise<void> {
  await page.getByLabel('Name a version of the program as it is now').fill(name);
  await page.getByRole('button', { name: 'Name this version' }).click();
  await expect(versionRow(page, name)).toBeVisible();
}

/** A version in the history's list, found by what it shows (its name, or "Automatic" and its kind). */
export function versionRow(page: Page, text: string) {
  return page
    .getByRole('list', { name: 'Versions, newest first' })
    .getByRole('listitem')
    .filter({ hasText: text });
}

/** Changes the program's title in its settings, as a co-tutor would. */
export async function retitle(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  const field = page.getByLabel('Title', { exact: true });
  await field.fill(title);
  await field.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}
