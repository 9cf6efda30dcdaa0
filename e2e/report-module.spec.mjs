// The results document comes from a second wasm module: it stays out of the first load, is
// prefetched once results are near, and a failed download can be retried without losing anything.
import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';

const isReportFile = (url) => /\/(companion_bg\.wasm|companion\.js|report\.css)(\?|$)/.test(url);

test('the report module is not fetched before results are near, then prefetched', async ({ page, quiz }) => {
  const fetched = [];
  page.on('request', (request) => fetched.push(request.url()));
  await quiz.goto();
  await quiz.start('short');
  await quiz.answerItems(() => 'Often', { total: 16, to: 15 });
  expect(fetched.filter(isReportFile), 'nothing of the report during the statements').toEqual([]);
  await quiz.answerCurrent('Often');
  // The scenario bridge starts the prefetch: glue, wasm and stylesheet.
  await expect(quiz.heading('Switching hats')).toBeVisible();
  await expect.poll(() => fetched.filter(isReportFile).length).toBe(3);
});

test.describe('a failed report download', () => {
  // The browser itself logs the download this test aborts on purpose; nothing else may be logged.
  test.use({ knownConsoleErrors: [/^Failed to load resource: net::ERR_FAILED$/] });

  test('says so, keeps the answers, and "Try again" shows the results', async ({ page, quiz }) => {
    let blocked = true;
    await page.route(/\/companion_bg\.wasm/, (route) => (blocked ? route.abort() : route.continue()));
    await quiz.goto();
    await quiz.start('short');
    await quiz.answerItems(() => 'Always', { total: 16 });
    await quiz.button('Skip the scenarios').click();
    await quiz.button('See my results').click();
    await expect(quiz.heading('Your results')).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Your results could not be prepared');
    await expect(page.locator('[data-archetype]')).toHaveCount(0);

    blocked = false;
    await quiz.button('Try again').click();
    await expect(page.locator('[data-archetype]')).toHaveText('Leading Manager');
    // Every leading pole: "Always" -> 100.
    await expect(quiz.cell('direction', 'lead')).toHaveText('100');
  });
});
