// With localStorage blocked (reading window.localStorage throws, as in a third-party iframe with
// storage blocked), the page says so and the assessment still runs to the end in memory.
import { test, expect } from './support/fixtures.mjs';
import { DIMENSION_IDS } from './support/quiz.mjs';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
});

test('blocked storage: a notice, and a full short run still reaches the results', async ({ page, quiz }) => {
  await quiz.goto();
  // Sanity check of the set-up: the page really cannot reach localStorage.
  expect(await page.evaluate(() => { try { return typeof window.localStorage; } catch (e) { return e.name; } })).toBe(
    'SecurityError',
  );

  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  await expect(quiz.notice()).toHaveText(/^This browser is not letting the page save anything/);
  await expect(page.getByRole('status')).toContainText('You can still finish the assessment.');

  // Every item "Always" (5): every pole 100*(5-1)/4 = 100.
  await quiz.shortRunToResults(() => 'Always');
  for (const dimension of DIMENSION_IDS) {
    await expect(quiz.cell(dimension, 'lead')).toHaveText('100');
    await expect(quiz.cell(dimension, 'manage')).toHaveText('100');
  }
  // LI 100, MI 100, balance 100 - 0 = 100; both high -> "Leading Manager".
  await expect(quiz.stat('Leadership index')).toHaveText('100');
  await expect(quiz.stat('Management index')).toHaveText('100');
  await expect(quiz.stat('Balance')).toHaveText('100');
  await expect(page.locator('[data-archetype]')).toHaveText('Leading Manager');

  // Nothing could be kept: a reload starts afresh, with the notice again.
  await quiz.reload();
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  await expect(quiz.notice()).toHaveText(/^This browser is not letting the page save anything/);
});
