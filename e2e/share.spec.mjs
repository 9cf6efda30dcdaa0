// Result links: the results as a code in the fragment (#r=...), opened read-only anywhere; a
// tampered, foreign or future code says what is wrong and offers the assessment; opening a link
// never disturbs one's own progress.
import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { Quiz } from './support/quiz.mjs';
import { PORT } from '../playwright.config.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function copiedLink(page, quiz) {
  await quiz.button('Copy result link').click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test('a copied result link opens the same results, read-only, in another browser', async ({ page, quiz, browser }) => {
  await quiz.shortRunWithScenariosToResults((item, position) => (position % 5) + 1);
  const link = await copiedLink(page, quiz);
  expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${PORT}/#r=R2[A-Za-z0-9_-]{12,40}$`));
  const original = {
    pattern: await page.locator('.pattern-card').textContent(),
    table: await page.locator('table').first().textContent(),
    radar: await quiz.seriesPoints('leading'),
  };

  const other = await browser.newContext();
  const viewer = await other.newPage();
  await viewer.goto(link);
  const shared = new Quiz(viewer);
  await expect(shared.heading('Shared results')).toBeVisible();
  await expect(viewer.getByText(/^Read-only: these results were opened from a link/)).toBeVisible();
  expect(await viewer.locator('.pattern-card').textContent()).toBe(original.pattern);
  expect(await viewer.locator('table').first().textContent()).toBe(original.table);
  expect(await shared.seriesPoints('leading')).toEqual(original.radar);
  // Read-only: no way to change the answers or start over from here.
  await expect(shared.button('Change my answers')).toHaveCount(0);
  await expect(shared.button('Start over')).toHaveCount(0);
  // Nothing of it was saved in the viewer's browser.
  expect(await viewer.evaluate(() => localStorage.length)).toBe(0);
  await shared.button('Take the assessment yourself').click();
  await expect(shared.heading('Am I leading or managing?')).toBeVisible();
  expect(new URL(viewer.url()).hash).toBe('');
  await other.close();
});

test('a result link from before the eighth scenario stage still opens its results', async ({ page, quiz }) => {
  // Written by the version 1 build (seven stages, the options in their first order): a full run
  // whose export read agility 71.4 with hats switched in the crisis.
  await page.goto(quiz.address('#r=R1PJzHOXLTFOXLSlOUpynPUrTHM0njSWAs'));
  await expect(quiz.heading('Shared results')).toBeVisible();
  await expect(page.locator('[data-archetype]')).toHaveText('Steady Operation');
  await expect(page.getByText('Agility: 70 out of 100', { exact: true })).toBeVisible();
  await expect(page.locator('.switched-hats')).toHaveText([/^In “Key client lost”/]);
  // Its picks land on the same moves as then: the crisis's best was telling the team and re-forecasting.
  const debrief = page.getByRole('region', { name: 'The scenarios, one by one' });
  await expect(debrief.locator('details')).toHaveCount(7);
  const crisis = debrief.locator('details[data-scenario="client-lost-a"]');
  await crisis.getByText('Key client lost', { exact: true }).click();
  await expect(crisis.locator('dd').nth(0)).toHaveText('Tell the team what is known, then re-forecast and move to weekly reporting.');
  await expect(crisis).toHaveAttribute('data-matched', 'true');
});

for (const [name, hash, message] of [
  ['a tampered code', null, 'This link is incomplete or was changed on the way. Ask for it again and copy all of it.'],
  ['a code from a newer version', '#r=R9AAAAAAAA', 'These results come from a newer version of the assessment. Reload the page to update it, then open the link again.'],
  ['something else', '#r=hello', 'This link does not hold Leadership Radar results.'],
  ['an empty code', '#r=', 'This link holds no results: it ends where the code should be.'],
]) {
  test(`a link with ${name} says what is wrong and offers the assessment`, async ({ page, quiz }) => {
    let target = hash;
    if (target === null) {
      // A real code with one character changed.
      await quiz.goto();
      await quiz.shortRunToResults(() => 'Often');
      const link = await copiedLink(page, quiz);
      const code = link.split('#r=')[1];
      const at = 6;
      target = `#r=${code.slice(0, at)}${code[at] === 'A' ? 'B' : 'A'}${code.slice(at + 1)}`;
      await page.evaluate(() => localStorage.clear());
      // A fresh page load, not a hash change inside the finished one.
      await page.goto('about:blank');
    }
    await page.goto(`/${target}`);
    await expect(quiz.heading('These results cannot be shown')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(message);
    await quiz.button('Start the assessment').click();
    await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  });
}

test('opening a link in the middle of an assessment leaves it alone', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.shortRunToResults(() => 'Always');
  const link = await copiedLink(page, quiz);
  // Someone else's assessment in progress in this browser.
  await quiz.button('Start over').click();
  await quiz.button('Yes, delete and start over').click();
  await quiz.start('short');
  await quiz.answerItems(() => 'Rarely', { total: 16, to: 2 });
  // The link opened in the same tab (a hash change, no reload).
  await page.evaluate((href) => { location.hash = new URL(href).hash; }, link);
  await expect(quiz.heading('Shared results')).toBeVisible();
  await expect(quiz.heading('Shared results')).toBeFocused();
  // The answer keys do nothing here.
  await page.keyboard.press('1');
  await quiz.button('Take the assessment yourself').click();
  await expect(quiz.progress()).toHaveText('3 of 16');
  await expect(quiz.choice('Never')).not.toBeChecked();
});
