// The development plan speaks to everyone: the most common self-rating (every statement "Often")
// still gets concrete actions, the tie that chose them is said, and every other action is a click
// away.
import { test, expect } from './support/fixtures.mjs';
import { Quiz } from './support/quiz.mjs';

test('every statement "Often" still gets two different concrete actions, and the tie is said', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.shortRunToResults(() => 'Often');
  // Every side 100*(4-1)/4 = 75: "Leading Manager", and all 16 sides tied at 75.
  await expect(page.locator('[data-archetype]')).toHaveText('Leading Manager');
  const priorities = page.locator('.plan-priorities .plan-action');
  await expect(priorities).toHaveCount(2);
  // Managing sides first among equal scores, in the radar's order: Goals & Plans, then Stabilizing.
  await expect(priorities.nth(0).getByRole('heading')).toHaveText('Goals & Plans (Direction): 75');
  await expect(priorities.nth(1).getByRole('heading')).toHaveText('Stabilizing (Change): 75');
  const actions = await priorities.locator('.plan-do').allTextContents();
  expect(actions[0]).not.toBe(actions[1]);
  for (const action of actions) expect(action.length).toBeGreaterThan(40);
  await expect(page.getByText('16 sides share the score 75.', { exact: false })).toBeVisible();
  // 75 is above the line: no "what this may mean" over-reading.
  await expect(page.locator('.plan-priorities .plan-suggests')).toHaveCount(0);
  // The short form says what its scores rest on.
  await expect(page.locator('.short-form-reading')).toContainText('each side rests on a single statement');

  // The other fourteen actions are collapsed, and open with a click.
  const more = page.locator('.plan-more');
  await expect(more.locator('.plan-action').first()).toBeHidden();
  await page.getByText('Actions for every other side', { exact: true }).click();
  await expect(more.locator('.plan-action')).toHaveCount(14);
  await expect(more.locator('.plan-action').first()).toBeVisible();
});

test('a strong side well ahead of its partner gets a "watch the overuse" note', async ({ page, quiz }) => {
  await quiz.goto();
  // Managing statements "Always" (100), leading ones "Sometimes" (50): every dimension 50 points apart.
  await quiz.shortRunToResults((item) => (item.pole === 'manage' ? 'Always' : 'Sometimes'));
  const note = page.locator('.plan-overuse');
  await expect(note).toHaveText(
    'Watch the overuse: your Goals & Plans (100) is well ahead of your Vision & Purpose (50). A strength used everywhere can crowd out its partner: notice the moments that call for Vision & Purpose instead, and switch hats.',
  );
  // The priorities are the leading sides (50, below the average of 75), three of them, in radar order,
  // each saying what a low score may mean with the short form's caution.
  const priorities = page.locator('.plan-priorities .plan-action');
  await expect(priorities).toHaveCount(3);
  await expect(priorities.nth(0).getByRole('heading')).toHaveText('Vision & Purpose (Direction): 50');
  await expect(priorities.nth(0).locator('.plan-suggests')).toContainText('In the short form this rests on one statement. It may mean:');
});

test('the plan is translated, Arabic included', async ({ page }) => {
  const quiz = new Quiz(page, 'ar');
  await quiz.goto();
  await quiz.shortRunToResults(() => 'Often');
  await expect(page.locator('.plan-priorities .plan-action')).toHaveCount(2);
  await expect(page.locator('.plan-tie')).toContainText('يتساوى 16 من الجوانب في الدرجة 75');
  await expect(page.locator('.plan-more > summary')).toHaveText('إجراءات لكل الجوانب الأخرى');
});
