// Printing the results: no buttons on paper, and one A4 page.
import { writeFileSync } from 'node:fs';

import { test, expect } from './support/fixtures.mjs';
import { Quiz } from './support/quiz.mjs';

/** Counts page objects in a PDF: `/Type /Page` not followed by `s` (which would be `/Pages`). */
function countPdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/**
 * The longest results page: every item "Rarely" (2) puts every pole at 100*(2-1)/4 = 25, below the
 * 62.5 line on both sides, so the development plan lists two actions for each of the 8 dimensions;
 * the scenarios are taken (keyed best as most, keyed worst as least) so the agility card carries a
 * score and the switched-hats sentence.
 */
async function longestResults(page, quiz) {
  await quiz.goto();
  await quiz.start('short');
  await quiz.answerItems(() => 'Rarely', { total: 16 });
  await quiz.button('Start the scenarios').click();
  await quiz.answerScenarios((scenario) => ({
    best: Quiz.optionWithKey(scenario, 2),
    least: Quiz.optionWithKey(scenario, -1),
  }));
  await quiz.seeResults();
  // LI 25 and MI 25, both low -> "Foundation Builder".
  await expect(page.locator('[data-archetype]')).toHaveText('Foundation Builder');
  // Keyed best (2) and worst (-1) everywhere: 7 x (2 + 1) = 21 = the maximum -> 100*(21+7)/28 = 100.
  await expect(page.getByText('Agility: 100 out of 100', { exact: true })).toBeVisible();
  await expect(page.locator('.plan-action')).toHaveCount(16);
}

/** The shortest results page: every item "Always" (both poles 100 everywhere), scenarios skipped. */
async function shortestResults(page, quiz) {
  await quiz.goto();
  await quiz.shortRunToResults(() => 'Always');
  await expect(page.locator('[data-archetype]')).toHaveText('Leading Manager');
  await expect(page.locator('.plan-action')).toHaveCount(0);
}

test('in print media the results show without any button', async ({ page, quiz }) => {
  await longestResults(page, quiz);
  // On screen the buttons are there.
  await expect(quiz.button('Print or save as PDF')).toBeVisible();
  await expect(quiz.button('Start over')).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  const buttons = page.getByRole('button', { includeHidden: true });
  expect(await buttons.count()).toBeGreaterThanOrEqual(3);
  for (const button of await buttons.all()) {
    await expect(button).toBeHidden();
  }
  // The results themselves still print.
  await expect(quiz.heading('Your results')).toBeVisible();
  await expect(page.getByRole('img', { name: /Radar of your leading and managing scores/ })).toBeVisible();
  await expect(quiz.scoreTable()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your development plan' })).toBeVisible();

  // A PDF is produced (its page count is checked by the one-page tests below).
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(countPdfPages(pdf)).toBeGreaterThanOrEqual(1);

  // Back to screen media, the buttons return.
  await page.emulateMedia({ media: 'screen' });
  await expect(quiz.button('Print or save as PDF')).toBeVisible();
});

for (const [name, reach] of [
  ['the longest results (16 plan actions, agility)', longestResults],
  ['the shortest results (no plan actions, scenarios skipped)', shortestResults],
]) {
  test(
    `${name} print on exactly one A4 page`,
    async ({ page, quiz }, testInfo) => {
      await reach(page, quiz);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      writeFileSync(testInfo.outputPath('results.pdf'), pdf);
      expect(countPdfPages(pdf), 'pages in the printed results').toBe(1);
    },
  );
}
