// The app comes in two wasm modules. The first load has the intro and the statements only; the
// full module (every later screen, the results document) is prefetched while the person answers
// and takes the page over after the statements, and a failed download can be retried without
// losing anything.
import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { Quiz } from './support/quiz.mjs';

const isFullModuleFile = (url) => /\/(full_bg\.wasm|full\.js|full\.css)(\?|$)/.test(url);

/** Makes every download of the full module's wasm fail; the returned function lets them through. */
async function blockFullModule(page) {
  let blocked = true;
  await page.route(/\/full_bg\.wasm/, (route) => (blocked ? route.abort() : route.continue()));
  return () => {
    blocked = false;
  };
}

test('the full module is not fetched for the intro or the first statement, is prefetched after the first answer, and takes over after the statements', async ({ page, quiz }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(request.url()));
  await quiz.goto();
  await expect(quiz.button('Start the short form')).toBeVisible();
  await page.waitForTimeout(500);
  expect(fetched.filter(isFullModuleFile), 'nothing of the full module on the intro').toEqual([]);
  await quiz.start('short');
  await page.waitForTimeout(2500);
  expect(fetched.filter(isFullModuleFile), 'nothing of the full module on the first statement').toEqual([]);
  // Prefetched once the person has answered one, while they answer the rest: glue, wasm and stylesheet.
  await quiz.answerItems(() => 'Often', { total: 16, to: 1 });
  await expect.poll(() => fetched.filter(isFullModuleFile).length).toBe(3);
  await quiz.answerItems(() => 'Often', { total: 16, from: 2 });
  await expect(quiz.heading('Switching hats')).toBeVisible();
  await expect(quiz.heading('Switching hats')).toBeFocused();
  // Nothing fetched twice, and the answers went over with the page.
  expect(fetched.filter(isFullModuleFile)).toHaveLength(3);
  await quiz.button('Skip the scenarios').click();
  await quiz.button('See my results').click();
  await expect(page.locator('[data-archetype]')).toBeVisible();
});

test.describe('a failed download of the full module', () => {
  // The browser itself logs the download this test aborts on purpose; nothing else may be logged.
  test.use({ knownConsoleErrors: [/^Failed to load resource: net::ERR_FAILED$/] });

  test('says so after the statements, keeps the answers, and "Try again" goes on', async ({ page, quiz }) => {
    const unblock = await blockFullModule(page);
    await quiz.goto();
    await quiz.start('short');
    await quiz.answerItems(() => 'Always', { total: 16 });
    await expect(page.getByRole('alert')).toContainText('The next part could not be loaded');
    await expect(quiz.heading('Switching hats')).toHaveCount(0);
    // Every answer is kept, and a reload would come back to this point.
    const saved = await page.evaluate(() => localStorage.getItem('leadership-radar.session'));
    expect(saved).toMatch(/^LR2\.s\./);

    unblock();
    await quiz.button('Try again').click();
    await expect(quiz.heading('Switching hats')).toBeVisible();
    await quiz.button('Skip the scenarios').click();
    await quiz.button('See my results').click();
    await expect(page.locator('[data-archetype]')).toHaveText('Leading and Managing');
    // Every leading pole: "Always" -> 100.
    await expect(quiz.cell('direction', 'lead')).toHaveText('100');
  });

  test('from the intro, says so in "Have a resume code?", and "Try again" brings the form', async ({ page, quiz }) => {
    const unblock = await blockFullModule(page);
    await quiz.goto();
    await page.getByText('Have a resume code?').click();
    await expect(page.locator('details.resume-entry').getByRole('alert')).toContainText('The next part could not be loaded');
    // The intro is still there and still works.
    await expect(quiz.button('Start the short form')).toBeVisible();
    unblock();
    await quiz.button('Try again').click();
    await expect(page.getByRole('textbox', { name: 'Resume code' })).toBeFocused();
    await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  });
});

test('"Have a resume code?" brings the full module, which opens its form with the field focused', async ({ page, quiz }) => {
  // A code: the record of three answers, which is what a resume code holds.
  await quiz.goto();
  await quiz.start('short');
  await quiz.answerItems(() => 'Often', { total: 16, to: 3 });
  const code = await page.evaluate(() => localStorage.getItem('leadership-radar.session'));
  expect(code).toMatch(/^LR2\.s\.q3\./);
  await page.evaluate(() => localStorage.clear());

  const fetched = [];
  page.on('request', (request) => fetched.push(request.url()));
  await quiz.goto();
  await expect(quiz.button('Start the short form')).toBeVisible();
  await page.waitForTimeout(300);
  expect(fetched.filter(isFullModuleFile), 'nothing of the full module on the intro').toEqual([]);
  await page.getByText('Have a resume code?').click();
  const field = page.getByRole('textbox', { name: 'Resume code' });
  await expect(field).toBeFocused();
  expect(fetched.filter(isFullModuleFile)).toHaveLength(3);
  await expect(page.locator('details.resume-entry')).toHaveJSProperty('open', true);
  await field.fill(code);
  await page.getByRole('button', { name: 'Continue from the code' }).click();
  await expect(quiz.progress()).toHaveText('4 of 16');
});

test('a page opened past the statements in another language hands over in that language', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.start('short');
  await quiz.answerItems(() => 'Often', { total: 16 });
  await expect(quiz.heading('Switching hats')).toBeVisible();
  // The first-load module starts this page, waits for the German texts, then hands over.
  const german = new Quiz(page, 'de');
  await german.goto();
  await expect(german.heading(german.t.ui.scenarios_heading)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});
