// The development plan speaks to everyone: the most common self-rating (every statement "Often")
// still gets concrete actions, the tie that chose them is said, and every other action is a click
// away.
import { test, expect } from './support/fixtures.mjs';
import { Quiz } from './support/quiz.mjs';

test('every statement "Often" still gets two different concrete actions, and the tie is said', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.shortRunToResults(() => 'Often');
  // Every side 100*(4-1)/4 = 75: "Leading and Managing", and all 16 sides tied at 75.
  await expect(page.locator('[data-archetype]')).toHaveText('Leading and Managing');
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
  // The same answer to every statement is said gently, before the plan.
  await expect(page.getByRole('region', { name: 'A note on your answers' })).toContainText(
    'You gave the same answer, “Often”, to every statement.',
  );

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
  await expect(page.locator('.plan-tie')).toContainText('يتساوى 16 جانبًا في الدرجة 75');
  await expect(page.locator('.plan-more > summary')).toHaveText('إجراءات لكل الجوانب الأخرى');
});

test('sources name their works, and no internal citation id reaches the reader', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.shortRunToResults((item) => (item.pole === 'manage' ? 'Rarely' : 'Always'));
  await page.getByText('Actions for every other side', { exact: true }).click();
  const text = await page.locator('.results').innerText();
  expect(text).not.toMatch(/\[\d{3}\]|\(S\d+|""|“"|"”/);
  const works = page.getByRole('region', { name: 'Works cited' });
  await expect(works.getByRole('listitem').first()).toHaveText(
    '“The Real Difference Between Manager and Leader (Without the Buzzwords).” Web article.',
  );
  await expect(works.getByText(/^Kotter, J\. P\. \(1990\)\. What leaders really do\./)).toBeVisible();
  await expect(page.locator('.plan-priorities .source').first()).toHaveText(
    'Source: “They talk about the future but forget today’s priorities.” (The Real Difference Between Manager and Leader); “Setting SMART Goals and Objectives” (The Real Difference Between Manager and Leader)',
  );
});

test('the person commits to one or two actions: kept on reload, shown first, printed, cleared by starting over', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.shortRunToResults((item) => (item.pole === 'manage' ? 'Rarely' : 'Always'));
  const commitment = page.getByRole('region', { name: 'Your commitment' });
  await expect(commitment).toContainText('Choose one or two actions from your plan below');
  // The commitment comes before the results document.
  const [commitmentTop, planTop] = await Promise.all([
    commitment.evaluate((e) => e.getBoundingClientRect().top),
    page.locator('.development-plan').evaluate((e) => e.getBoundingClientRect().top),
  ]);
  expect(commitmentTop).toBeLessThan(planTop);

  // Each box is a native checkbox named "I will do this" and described by its action's heading.
  // One on every action: the three priorities', and the others' behind "Actions for every other side".
  await expect(page.getByRole('checkbox', { name: 'I will do this' })).toHaveCount(3);
  await expect(page.getByRole('checkbox', { name: 'I will do this', includeHidden: true })).toHaveCount(16);
  const first = page.locator('.plan-priorities .plan-action').nth(0);
  const second = page.locator('.plan-priorities .plan-action').nth(1);
  await first.getByRole('checkbox').check();
  await second.getByRole('checkbox').press('Space');
  await expect(second.getByRole('checkbox')).toBeChecked();
  // The focus stays on the box just used (the document is not redrawn under it).
  await expect(second.getByRole('checkbox')).toBeFocused();
  await expect(commitment.getByRole('listitem')).toHaveCount(2);
  await expect(commitment.getByRole('listitem').nth(0)).toContainText('Goals & Plans (Direction)');
  await expect(commitment.getByRole('listitem').nth(1)).toContainText('Stabilizing (Change)');

  // A third is refused, and the page says why.
  const third = page.locator('.plan-priorities .plan-action').nth(2).getByRole('checkbox');
  await third.check({ force: true }).catch(() => {});
  await expect(third).not.toBeChecked();
  await expect(commitment.getByRole('status')).toHaveText(
    'You have chosen two actions. Untick one to choose another: one or two at a time are easier to keep.',
  );

  // Kept on reload.
  await quiz.reload();
  await expect(page.getByRole('region', { name: 'Your commitment' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.locator('.plan-priorities .plan-action').nth(0).getByRole('checkbox')).toBeChecked();
  await expect(page.locator('.plan-priorities .plan-action').nth(1).getByRole('checkbox')).toBeChecked();

  // On paper: the commitment with its "by when" line, and no boxes.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('By when:', { exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { includeHidden: true }).first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Starting over forgets it.
  await quiz.button('Start over').click();
  await quiz.button('Yes, delete and start over').click();
  await quiz.shortRunToResults(() => 'Often');
  await expect(page.getByRole('region', { name: 'Your commitment' })).toContainText('Choose one or two actions');
  await expect(page.getByRole('checkbox', { name: 'I will do this', checked: true })).toHaveCount(0);
});

test('the scenarios explain themselves: each one\'s picks, the favoured move and why, as expert judgement', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.start('short');
  await quiz.answerItems(() => 'Often', { total: 16 });
  await quiz.button('Start the scenarios').click();
  // Keyed best as most effective everywhere except the first scenario, where the keyed worst is.
  let first = true;
  await quiz.answerScenarios((scenario) => {
    const pick = first
      ? { best: Quiz.optionWithKey(scenario, -1), least: Quiz.optionWithKey(scenario, 0) }
      : { best: Quiz.optionWithKey(scenario, 2), least: Quiz.optionWithKey(scenario, -1) };
    first = false;
    return pick;
  });
  await quiz.seeResults();
  const debrief = page.getByRole('region', { name: 'The scenarios, one by one' });
  await expect(debrief).toContainText('The key is expert judgement drawn from the sources named, not a validated scoring key.');
  await expect(debrief.locator('details')).toHaveCount(8);
  await expect(debrief.locator('details[data-matched="true"]')).toHaveCount(7);
  const crisis = debrief.locator('details[data-scenario="client-lost-a"]');
  await crisis.getByText('Key client lost', { exact: true }).click();
  await expect(crisis.locator('dd').nth(0)).toHaveText("Wait until Friday's account review, so you can give people the full picture.");
  await expect(crisis.locator('dd').nth(2)).toHaveText(
    'Tell the team what is known, then re-forecast and move to weekly reporting.',
  );
  await expect(crisis.locator('.debrief-why')).toHaveText(/^In a crisis people need stability first/);
  await expect(crisis.locator('.source')).toHaveText(
    'Source: “In a crisis, you need to be a manager: someone who stabilizes, tracks, and controls.” (The Real Difference Between Manager and Leader); MLQ laissez-faire (Avolio, Bass & Jung 1999)',
  );
});

test('the short form offers the full form, which starts afresh once confirmed', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.shortRunToResults(() => 'Often');
  await quiz.button('Take the full form').click();
  await expect(page.getByRole('alertdialog')).toContainText('It starts afresh: this deletes your short-form answers and results from this device.');
  await expect(quiz.button('Cancel')).toBeFocused();
  await quiz.button('Yes, start the full form').click();
  await expect(quiz.progress()).toHaveText('1 of 48');
});
