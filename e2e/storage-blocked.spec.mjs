// With storage blocked (reading window.localStorage and sessionStorage throws, as in a third-party
// iframe with storage blocked), the page says so and the assessment still runs to the end in
// memory. With only localStorage blocked, progress falls back to sessionStorage and survives a reload.
import { test, expect } from './support/fixtures.mjs';
import { DIMENSION_IDS } from './support/quiz.mjs';

function block(page, areas) {
  return page.addInitScript((names) => {
    for (const name of names) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    }
  }, areas);
}

test('localStorage blocked: progress is kept in sessionStorage, and a reload resumes', async ({ page, quiz }) => {
  await block(page, ['localStorage']);
  await quiz.goto();
  await expect(quiz.notice()).toHaveCount(0);
  await expect(page.getByText('Progress is saved in this tab until you close it.')).toBeVisible();
  await quiz.start('short');
  await quiz.answerItems(() => 'Often', { total: 16, to: 2 });
  await quiz.reload();
  await expect(quiz.progress()).toHaveText('3 of 16');
  await expect(quiz.notice()).toHaveAttribute('data-notice', 'Restored');
  // No resume code needed: the tab keeps the progress.
  await expect(page.getByText('Keep a resume code')).toHaveCount(0);
});

test.describe('all storage blocked', () => {
  test.beforeEach(async ({ page }) => {
    await block(page, ['localStorage', 'sessionStorage']);
  });

  test('blocked storage: a notice, and a full short run still reaches the results', async ({ page, quiz }) => {
    await quiz.goto();
    // Sanity check of the set-up: the page really cannot reach localStorage.
    expect(await page.evaluate(() => { try { return typeof window.localStorage; } catch (e) { return e.name; } })).toBe(
      'SecurityError',
    );

    await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
    await expect(quiz.notice()).toHaveText(/^This browser is not letting the page save anything/);
    await expect(page.getByRole('status')).toContainText('a resume code lets you continue later, here or in another browser');
    await expect(page.getByText('This browser is not keeping your progress, but a resume code lets you continue later.')).toBeVisible();

    // Every item "Always" (5): every pole 100*(5-1)/4 = 100.
    await quiz.shortRunToResults(() => 'Always');
    for (const dimension of DIMENSION_IDS) {
      await expect(quiz.cell(dimension, 'lead')).toHaveText('100');
      await expect(quiz.cell(dimension, 'manage')).toHaveText('100');
    }
    // LI 100, MI 100, balance 100 - 0 = 100; both high -> "Leading and Managing".
    await expect(quiz.stat('Leadership index')).toHaveText('100');
    await expect(quiz.stat('Management index')).toHaveText('100');
    await expect(page.locator('[data-archetype]')).toHaveText('Leading and Managing');

    // Nothing could be kept: a reload starts afresh, with the notice again.
    await quiz.reload();
    await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
    await expect(quiz.notice()).toHaveText(/^This browser is not letting the page save anything/);
  });
});

test.describe('all storage blocked, the resume code', () => {
  test.beforeEach(async ({ page }) => {
    await block(page, ['localStorage', 'sessionStorage']);
  });

  test('Copy puts the current code on the clipboard, and the next answer clears "Copied"', async ({ page, context, quiz }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await quiz.goto();
    await quiz.start('short');
    await quiz.answerItems(() => 'Often', { total: 16, to: 1 });
    await page.getByText('Keep a resume code').click();
    const field = page.getByRole('textbox', { name: 'Your resume code' });
    const status = page.locator('.resume-code [role="status"]');
    await expect(status).toHaveText('');
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(status).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());

    // A new answer makes a new code, so the old "Copied" would be a lie.
    const before = await field.inputValue();
    await quiz.answerItems(() => 'Often', { total: 16, from: 2, to: 2 });
    await expect(field).not.toHaveValue(before);
    await expect(status).toHaveText('');
  });
});
