// Progress is saved in localStorage: a reload resumes where the person left off (with a notice),
// finished results survive a reload, and "Start over" deletes everything.
import { test, expect } from './support/fixtures.mjs';
import { DIMENSION_IDS, STORAGE_KEY } from './support/quiz.mjs';

const savedRecord = (page) => page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);

test('a reload resumes on the next item, results survive a reload, Start over deletes the record', async ({
  page,
  quiz,
}) => {
  await quiz.goto();
  // Nothing is saved before the person starts.
  expect(await savedRecord(page)).toBeNull();
  await quiz.start('short');

  // Lead items "Always" (5), manage items "Rarely" (2): distinct answers, so a lost or shifted
  // answer would show on the Back screens below.
  const decide = (item) => (item.pole === 'lead' ? 5 : 2);
  const firstFive = await quiz.answerItems(decide, { total: 16, from: 1, to: 5 });
  await expect(quiz.progress()).toHaveText('6 of 16');
  const sixth = await quiz.currentItem();
  expect(await savedRecord(page)).not.toBeNull();

  // ---- reload: back on item 6 with the welcome-back notice
  await quiz.reload();
  await expect(quiz.progress()).toHaveText('6 of 16');
  expect((await quiz.currentItem()).id).toBe(sixth.id);
  await expect(page.getByRole('status')).toContainText('Welcome back: you are where you left off.');
  await expect(quiz.notice()).toHaveText(/^Welcome back: you are where you left off\./);
  // Item 6 itself was not answered: nothing checked, Next disabled.
  for (const label of ['Never', 'Rarely', 'Sometimes', 'Often', 'Always']) {
    await expect(quiz.choice(label)).not.toBeChecked();
  }
  await expect(quiz.button('Next')).toBeDisabled();

  // ---- Back through items 5..1: each shows the answer given before the reload
  for (let position = 5; position >= 1; position -= 1) {
    await quiz.button('Back').click();
    await expect(quiz.progress()).toHaveText(`${position} of 16`);
    const { item, label } = firstFive[position - 1];
    expect((await quiz.currentItem()).id).toBe(item.id);
    await expect(quiz.choice(label)).toBeChecked();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
    await expect(quiz.button('Next')).toBeEnabled();
  }
  await expect(quiz.button('Back')).toBeDisabled();

  // ---- Next (no new answers) back to item 6, then finish the form
  for (let position = 2; position <= 6; position += 1) {
    await quiz.button('Next').click();
    await expect(quiz.progress()).toHaveText(`${position} of 16`);
  }
  await quiz.answerItems(decide, { total: 16, from: 6, to: 16 });
  await quiz.button('Skip the scenarios').click();
  await quiz.seeResults();
  // lead: one item "Always" -> 100*(5-1)/4 = 100; manage: one item "Rarely" -> 100*(2-1)/4 = 25
  await expect(quiz.cell('direction', 'lead')).toHaveText('100');
  await expect(quiz.cell('direction', 'manage')).toHaveText('25');

  // ---- reload on the results: the results again, with no welcome-back notice
  await quiz.reload();
  await expect(quiz.heading('Your results')).toBeVisible();
  await expect(quiz.notice()).toHaveCount(0);
  for (const dimension of DIMENSION_IDS) {
    await expect(quiz.cell(dimension, 'lead')).toHaveText('100');
    await expect(quiz.cell(dimension, 'manage')).toHaveText('25');
  }
  // LI 100 (high), MI 25 (low) -> Vision Without Traction; balance = 100 - |100 - 25| = 25.
  await expect(page.locator('[data-archetype]')).toHaveText('Vision Without Traction');

  // ---- Start over: Cancel keeps everything
  await quiz.button('Start over').click();
  await expect(page.getByRole('alertdialog')).toContainText('Start over? This deletes all your answers');
  await quiz.button('Cancel').click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(quiz.heading('Your results')).toBeVisible();
  expect(await savedRecord(page)).not.toBeNull();

  // ---- Start over, confirmed: the intro, and the saved record is gone
  await quiz.button('Start over').click();
  await quiz.button('Yes, delete and start over').click();
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  await expect(quiz.button('Start the short form')).toBeVisible();
  await expect.poll(() => savedRecord(page)).toBeNull();

  // A reload now opens a fresh intro with no notice.
  await quiz.reload();
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  await expect(quiz.notice()).toHaveCount(0);
  expect(await savedRecord(page)).toBeNull();
});

test('two tabs of the same assessment: the other tab follows, nothing is overwritten', async ({ page, quiz, context }) => {
  await quiz.goto();
  await quiz.start('short');
  await quiz.answerItems(() => 'Often', { total: 16, to: 2 });
  const second = await context.newPage();
  const other = new (quiz.constructor)(second);
  await other.goto();
  await expect(other.progress()).toHaveText('3 of 16');
  // Answering in the first tab moves the second along.
  await page.bringToFront();
  await quiz.answerItems(() => 'Often', { total: 16, from: 3, to: 4 });
  await expect(other.progress()).toHaveText('5 of 16');
  await expect(other.notice()).toHaveAttribute('data-notice', 'OtherTab');
  // And the other way round.
  await second.bringToFront();
  await other.answerItems(() => 'Rarely', { total: 16, from: 5, to: 5 });
  await expect(quiz.progress()).toHaveText('6 of 16');
  await second.close();
});
