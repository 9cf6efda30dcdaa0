// Double-clicks never answer the next screen, and focus lands where a keyboard or screen reader
// user needs it: on the scenario's heading, back on the edited row, and safely inside "Start over".
import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { Quiz, STORAGE_KEY } from './support/quiz.mjs';

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedName = (page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const focusedAttribute = (page, name) => page.evaluate((n) => document.activeElement?.getAttribute(n), name);

test('a double-click answers one item, not the next one too', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.button('Start the short form').dblclick();
  // The second click of the double-click fell on item 1's radios: nothing may be recorded.
  await expect(quiz.progress()).toHaveText('1 of 16');
  await expect(quiz.itemGroup().getByRole('radio', { checked: true })).toHaveCount(0);

  await quiz.answerCurrent('Often');
  await expect(quiz.progress()).toHaveText('2 of 16');
  await quiz.choice('Rarely').dblclick();
  // Item 2 is answered; item 3 is shown, unanswered.
  await expect(quiz.progress()).toHaveText('3 of 16');
  await expect(quiz.itemGroup().getByRole('radio', { checked: true })).toHaveCount(0);
  // The saved record holds exactly two answers.
  const record = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  const answers = record.split('.')[4];
  expect(answers.replace(/-/g, '')).toHaveLength(2);
});

test('every question screen has the statement as its one level-1 heading', async ({ quiz, page }) => {
  await quiz.goto();
  await quiz.start('short');
  const item = await quiz.currentItem();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.text);
  // The group is still named by the statement.
  await expect(page.getByRole('group', { name: item.text, exact: true })).toBeVisible();
});

test('focus: scenario heading, the edited review row, and the Start over confirmation', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.start('short');
  await quiz.answerItems(() => 'Often', { total: 16 });
  await quiz.button('Start the scenarios').click();
  // The situation's heading takes focus, so it is read before the choices.
  await expect.poll(() => focusedId(page)).toBe('scenario-title');
  await quiz.answerScenarios((scenario) => ({ best: Quiz.optionWithKey(scenario, 2), least: Quiz.optionWithKey(scenario, -1) }));
  await expect(quiz.heading('Review your answers')).toBeVisible();

  // Changing answer 5 from the review brings focus back to that row's button.
  await quiz.button('Change answer 5').click();
  await expect(quiz.progress()).toHaveText('5 of 16');
  await page.keyboard.press('3');
  await expect(quiz.heading('Review your answers')).toBeVisible();
  await expect.poll(() => focusedAttribute(page, 'data-review-item')).toBe('4');

  await quiz.seeResults();
  // Opening the confirmation focuses the safe choice; Escape closes it and returns focus.
  await quiz.button('Start over').click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expect.poll(() => focusedName(page)).toBe('Cancel');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect.poll(() => focusedName(page)).toBe('Start over');
  // Nothing was deleted.
  await expect(quiz.heading('Your results')).toBeVisible();
});
