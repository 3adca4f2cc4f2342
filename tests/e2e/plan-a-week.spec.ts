import { expect, openApp, screenshot, test, waitUntilSaved } from './fixtures';
import { card, cardTimes, dayColumn, dragWithMouse, richField } from './helpers';

const TITLE = 'CLIL week in Pavlodar';
const RENAMED = 'CLIL апта, Павлодар: ә ғ қ ң ө ұ ү һ і 🎓';
const WELCOME = 'Welcome, introductions and the aims of the week';
const FOUR_CS = 'The 4Cs framework';
const TRIPTYCH = 'The language triptych';
const PLANNING = 'Planning a CLIL lesson';
const SCAFFOLDING = 'Scaffolding content and language';
const ADAPTING = 'Adapting subject materials for CLIL learners';
const READING = 'Reading circle on CLIL research';

test('a new co-tutor plans a week from the CLIL template and finds everything as left after a reload', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await expect(page.getByText(/No programs yet/)).toBeVisible();

  // Create a program from the CLIL template.
  await page.getByRole('button', { name: 'New program' }).first().click();
  const create = page.getByRole('dialog', { name: 'New program' });
  await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await create.getByLabel('Title').fill(TITLE);
  await create.getByLabel('First day').fill('2026-05-11');
  await create.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
  await expect(dayColumn(page, 1)).toContainText('Mon 11 May');
  await expect(dayColumn(page, 5)).toContainText('Fri 15 May');

  // Rename it in the library, in Kazakh and Russian with an emoji.
  await page
    .getByRole('button', { name: /Library/ })
    .first()
    .click();
  await page.getByRole('button', { name: `Rename ${TITLE}` }).click();
  const rename = page.getByRole('dialog', { name: 'Rename program' });
  await rename.getByLabel('Title').fill(RENAMED);
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('button', { name: `Open ${RENAMED}` })).toBeVisible();
  await screenshot(page, 'library');
  await page.getByRole('button', { name: `Open ${RENAMED}` }).click();

  // Change a session's duration: every later block of the day moves.
  await expect(card(page, 1, FOUR_CS)).toHaveAccessibleName(/^09:45–11:15/);
  await expect(card(page, 1, TRIPTYCH)).toHaveAccessibleName(/^11:35–13:05/);
  await card(page, 1, WELCOME).click();
  const duration = page.getByLabel('Duration', { exact: true });
  await duration.fill('60');
  await duration.press('Enter');
  await expect(page.getByText('Not yet planned in a stage: 15 min of the session.')).toBeVisible();

  // Fill a stage row for the missing quarter of an hour.
  const stages = page.getByRole('list', { name: 'Stages of the session' }).getByRole('listitem');
  const n = (await stages.count()) + 1;
  await page.getByRole('button', { name: 'Add stage' }).click();
  const stage = page.getByRole('listitem', { name: `Stage ${n}` });
  await stage.getByRole('combobox', { name: `Stage ${n}: Phase` }).selectOption('reflection');
  await stage.getByLabel(`Stage ${n}: Duration`).fill('15');
  await stage
    .getByLabel('Facilitator actions')
    .fill('Ask each table for one question about the week.');
  await stage
    .getByLabel('Participant actions')
    .fill('Write the question on a sticky note and post it on the wall.');
  await stage
    .getByRole('combobox', { name: `Stage ${n}: Interaction` })
    .selectOption('small-groups');
  await stage
    .getByRole('combobox', { name: `Stage ${n}: Learning type` })
    .selectOption('discussion');
  await stage.getByLabel('Resources').fill('Sticky notes, question wall');
  await stage.getByLabel('Resources').press('Tab');
  await expect(page.getByText('The stages fill the session exactly.')).toBeVisible();

  await page.getByRole('button', { name: 'Back to week' }).click();
  await expect(card(page, 1, FOUR_CS)).toHaveAccessibleName(/^10:00–11:30/);
  await expect(card(page, 1, TRIPTYCH)).toHaveAccessibleName(/^11:50–13:20/);

  // Move a session to another day by drag and drop.
  await dragWithMouse(
    page,
    dayColumn(page, 2).getByRole('button', { name: `Move ${PLANNING}`, exact: false }),
    card(page, 4, ADAPTING),
    { title: PLANNING, position: 1, day: 4 },
  );
  await expect(card(page, 4, PLANNING)).toBeVisible();
  await expect(card(page, 2, PLANNING)).toHaveCount(0);
  // Dropped on a block, it takes that block's place: the day now starts with it.
  await expect(card(page, 4, PLANNING)).toHaveAccessibleName(/^09:00–10:30/);
  await expect(card(page, 4, ADAPTING)).toHaveAccessibleName(/^10:30–12:00/);

  // And another by keyboard: Alt+→ moves it to the next day.
  const handle = dayColumn(page, 2).getByRole('button', {
    name: new RegExp(`^Move ${SCAFFOLDING}`),
  });
  await handle.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(card(page, 3, SCAFFOLDING)).toBeVisible();
  await expect(card(page, 2, SCAFFOLDING)).toHaveCount(0);
  await expect(
    dayColumn(page, 3).getByRole('button', { name: new RegExp(`^Move ${SCAFFOLDING}`) }),
  ).toBeFocused();
  await screenshot(page, 'week-planner');

  // Add a session to Tuesday and type a bold word and a bulleted list into its plan.
  await page.getByRole('button', { name: 'Add block to Day 2' }).click();
  await page.getByRole('menuitem', { name: 'Workshop', exact: true }).click();
  const title = page.getByLabel('Title', { exact: true });
  await title.fill(READING);
  await title.press('Enter');
  const objectives = richField(page, 'Content objectives');
  await objectives.click();
  await expect(
    page.getByRole('toolbar', { name: 'Formatting for Content objectives' }),
  ).toBeVisible();
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Participants');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' compare two CLIL lesson plans.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- identify the 4Cs in each plan');
  await page.keyboard.press('Enter');
  await page.keyboard.type('name one scaffold for reading');
  await expect(objectives.getByRole('paragraph').first()).toHaveText(
    'Participants compare two CLIL lesson plans.',
  );
  await expect(objectives.getByRole('strong')).toHaveText('Participants');
  await expect(objectives.getByRole('list').getByRole('listitem')).toHaveText([
    'identify the 4Cs in each plan',
    'name one scaffold for reading',
  ]);
  await screenshot(page, 'session-editor');
  await page.getByRole('button', { name: 'Back to week' }).click();
  await expect(card(page, 2, READING)).toBeVisible();

  // Reload: everything is as it was left.
  await waitUntilSaved(page);
  await page.reload();
  await page
    .getByRole('button', { name: /Library/ })
    .first()
    .click();
  await expect(page.getByRole('button', { name: `Open ${RENAMED}` })).toBeVisible();
  await page.getByRole('button', { name: `Open ${RENAMED}` }).click();
  await expect(card(page, 1, FOUR_CS)).toHaveAccessibleName(/^10:00–11:30/);
  await expect(card(page, 4, PLANNING)).toBeVisible();
  await expect(card(page, 3, SCAFFOLDING)).toBeVisible();
  expect(await cardTimes(card(page, 1, TRIPTYCH))).toBe('11:50–13:20');

  await card(page, 2, READING).click();
  const reloadedObjectives = richField(page, 'Content objectives');
  await expect(reloadedObjectives.getByRole('strong')).toHaveText('Participants');
  await expect(reloadedObjectives.getByRole('list').getByRole('listitem')).toHaveText([
    'identify the 4Cs in each plan',
    'name one scaffold for reading',
  ]);
  await page.getByRole('button', { name: 'Back to week' }).click();

  await card(page, 1, WELCOME).click();
  await expect(page.getByLabel('Duration', { exact: true })).toHaveValue('1 h');
  const reloadedStage = page.getByRole('listitem', { name: `Stage ${n}` });
  await expect(reloadedStage.getByRole('combobox', { name: `Stage ${n}: Phase` })).toHaveValue(
    'reflection',
  );
  await expect(
    reloadedStage.getByRole('combobox', { name: `Stage ${n}: Interaction` }),
  ).toHaveValue('small-groups');
  await expect(reloadedStage.getByLabel('Facilitator actions')).toHaveValue(
    'Ask each table for one question about the week.',
  );
  await expect(reloadedStage.getByLabel('Resources')).toHaveValue('Sticky notes, question wall');
  await expect(page.getByText('The stages fill the session exactly.')).toBeVisible();
});
