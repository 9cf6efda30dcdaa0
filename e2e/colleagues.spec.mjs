// Ask colleagues: a person makes a rater link; three colleagues answer the observer form in their
// own browsers and send back rater codes; the person pastes them and sees others' average beside
// their own scores, with the gaps checked against hand-computed values. Below three codes the page
// says how many more are needed; a repeated code counts once; a code for another request is refused.
import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { DIMENSION_IDS, Quiz, SCALE } from './support/quiz.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** A colleague opens the rater link in their own browser and answers every statement `label`. */
async function rate(browser, link, label, { expectName = 'Ana', reloadAt = 0, key = null } = {}) {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(link);
  const quiz = new Quiz(page);
  await expect(quiz.heading(`How do you see ${expectName}?`)).toBeVisible();
  await quiz.button('Start').click();
  for (let n = 1; n <= 16; n += 1) {
    await expect(page.getByText(`${n} of 16`, { exact: true })).toBeVisible();
    // Third person: about "this person", never "I".
    const statement = await page.locator('legend').innerText();
    expect(statement).toMatch(/this person/i);
    if (key) await page.keyboard.press(key);
    else await page.getByRole('radio', { name: label, exact: true }).click();
    if (n === reloadAt) {
      // A reload keeps the answers so far (for this tab).
      await page.reload();
      await expect(page.getByText(`${n + 1} of 16`, { exact: true })).toBeVisible();
    }
  }
  await expect(quiz.heading('Your rater code')).toBeVisible();
  const field = page.getByRole('textbox', { name: 'Rater code' });
  await expect(field).toHaveValue(/^R2[A-Za-z0-9_-]+$/);
  const code = await field.inputValue();
  // Nothing about the rating was kept in the colleague's browser.
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await context.close();
  return code;
}

test('a person and three colleagues: others as an average, blind spots and hidden strengths', async ({ page, quiz, browser }, testInfo) => {
  test.setTimeout(120_000);
  await quiz.goto();
  // The person answers "Sometimes" (3) throughout: every pole 100 * (3 - 1) / 4 = 50.
  await quiz.shortRunToResults(() => 'Sometimes');
  await page.getByRole('textbox', { name: 'Your first name (optional)' }).fill('Ana <b>');
  await quiz.button('Make a rater link').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Use a first name only' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Your first name (optional)' }).fill('Ana');
  await quiz.button('Make a rater link').click();
  const linkField = page.getByRole('textbox', { name: /^Your rater link/ });
  await expect(linkField).toHaveValue(/#rate=I1[A-Za-z0-9_-]+$/);
  const link = await linkField.inputValue();

  // Colleagues answer "Always", "Always" and "Rarely" throughout: the short form's statements are
  // positively keyed, so their poles are 100, 100 and 25: others' average (100 + 100 + 25) / 3 = 75.
  const codes = [
    await rate(browser, link, 'Always', { reloadAt: 5 }),
    await rate(browser, link, 'Always'),
    // The third answers with the number keys.
    await rate(browser, link, 'Rarely', { key: '2' }),
  ];
  expect(new Set(codes).size).toBe(3);

  const field = page.getByRole('textbox', { name: 'Rater codes you received' });
  await field.fill(`${codes[0]}\n${codes[1]}\n${codes[0]}`);
  await quiz.button('Compare').click();
  const comparison = page.getByRole('region', { name: 'You and others' });
  await expect(comparison.getByText('Rater codes counted: 2.')).toBeVisible();
  await expect(comparison.getByText(/1 more needed\.$/)).toBeVisible();
  await expect(comparison.locator('svg')).toHaveCount(0);

  await field.fill(codes.join('\n'));
  await quiz.button('Compare').click();
  await expect(comparison.getByText('Rater codes counted: 3.')).toBeVisible();
  await expect(comparison.locator('svg')).toHaveCount(2);
  // "You" and "Others" never borrow the main radar's Leading blue or Managing orange (nor its
  // circle and square markers), which mean something else on the same page.
  const strokes = await page.evaluate(() => {
    const stroke = (selector) => getComputedStyle(document.querySelector(selector)).stroke;
    return {
      you: stroke('.compare-radar .series-you'),
      others: stroke('.compare-radar .series-others'),
      leading: stroke('.summary .series-leading'),
      managing: stroke('.summary .series-managing'),
    };
  });
  expect(new Set(Object.values(strokes)).size, JSON.stringify(strokes)).toBe(4);
  await expect(comparison.locator('.marker')).toHaveCount(0);
  await comparison.locator('.compare-charts').screenshot({ path: testInfo.outputPath('compare.png') });
  // Every pole: you 50, others 75, a hidden strength of 25; no blind spots.
  const hidden = comparison.locator('[data-gaps="hidden"] li');
  await expect(hidden).toHaveCount(16);
  for (const id of DIMENSION_IDS) {
    for (const pole of ['lead', 'manage']) {
      await expect(hidden.and(page.locator(`[data-gap-dimension="${id}"][data-gap-pole="${pole}"]`))).toHaveText(/: you 50, others 75$/);
    }
  }
  await expect(comparison.locator('[data-gaps="blind"]')).toContainText('No side differs by 10 points or more.');

  // The codes are kept with the results: a reload compares them again.
  await quiz.reload();
  await expect(page.getByRole('region', { name: 'You and others' }).getByText('Rater codes counted: 3.')).toBeVisible();
});

test('a rater code for someone else is refused, and a damaged rater link says so', async ({ page, quiz, browser }) => {
  test.setTimeout(90_000);
  // Someone else's request.
  const other = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const otherPage = await other.newPage();
  const otherQuiz = new Quiz(otherPage);
  await otherQuiz.goto();
  await otherQuiz.shortRunToResults(() => 'Often');
  await otherQuiz.button('Make a rater link').click();
  const otherLink = await otherPage.getByRole('textbox', { name: /^Your rater link/ }).inputValue();
  await other.close();
  const foreign = await rate(browser, otherLink, SCALE[3], { expectName: 'your colleague' });

  await quiz.goto();
  await quiz.shortRunToResults(() => 'Often');
  await quiz.button('Make a rater link').click();
  await page.getByRole('textbox', { name: 'Rater codes you received' }).fill(foreign);
  await quiz.button('Compare').click();
  await expect(page.locator('[data-refused]')).toContainText("this code answers someone else's request");

  await page.goto('about:blank');
  await page.goto('/#rate=I1AAAAAAAA');
  await expect(quiz.heading('This rater link cannot be used')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    'This rater link is incomplete or was changed on the way. Ask the person who sent it to send it again, and copy all of it.',
  );
});

// A rater link's errors speak of a rater link, not of results ("This link holds no results…").
for (const [what, fragment, words] of [
  ['an empty', '#rate=', 'This rater link holds no request: it ends where the code should be.'],
  ['a foreign', '#rate=R2AAAAAAAA', 'This is not a Leadership Radar rater link.'],
  ['a damaged', '#rate=I1AAAAAAAA', 'This rater link is incomplete or was changed on the way.'],
]) {
  test(`${what} rater link is refused in a rater link's own words`, async ({ page, quiz }) => {
    await page.goto(`/${fragment}`);
    await expect(quiz.heading('This rater link cannot be used')).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(words);
    await expect(alert).not.toContainText('results');
  });
}
