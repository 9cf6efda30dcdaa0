// Printing the results: no buttons or menus on paper, a header with the form and the date, body text
// at 9 pt or more, and at most two A4 pages.
import { writeFileSync } from 'node:fs';

import { test, expect } from './support/fixtures.mjs';
import { Quiz } from './support/quiz.mjs';

/** Counts page objects in a PDF: `/Type /Page` not followed by `s` (which would be `/Pages`). */
function countPdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/**
 * The longest printed results: every leading statement "Always" (100) and every managing one
 * "Rarely" (25). The average is 62.5, so all eight managing sides are below it and the plan starts
 * with three of them, says the tie, and adds the overuse note (Vision & Purpose, 100, is 75 points
 * ahead of Goals & Plans); each priority says what a low score may mean. The scenarios are taken
 * (keyed best as most, keyed worst as least) so the agility card carries a score and the
 * switched-hats sentence.
 */
async function longestResults(page, quiz) {
  await quiz.goto();
  await quiz.start('short');
  await quiz.answerItems((item) => (item.pole === 'lead' ? 'Always' : 'Rarely'), { total: 16 });
  await quiz.button('Start the scenarios').click();
  await quiz.answerScenarios((scenario) => ({
    best: Quiz.optionWithKey(scenario, 2),
    least: Quiz.optionWithKey(scenario, -1),
  }));
  await quiz.seeResults();
  // LI 100 and MI 25 -> "Vision Without Traction".
  await expect(page.locator('[data-archetype]')).toHaveText('Vision Without Traction');
  // Keyed best (2) and worst (-1) everywhere: 7 x (2 + 1) = 21 = the maximum -> 100*(21+7)/28 = 100.
  await expect(page.getByText('Agility: 100 out of 100', { exact: true })).toBeVisible();
  await expect(page.locator('.plan-priorities .plan-action')).toHaveCount(3);
  await expect(page.locator('.plan-overuse')).toBeVisible();
}

/** The shortest results page: every item "Always" (both poles 100 everywhere), scenarios skipped. */
async function shortestResults(page, quiz) {
  await quiz.goto();
  await quiz.shortRunToResults(() => 'Always');
  await expect(page.locator('[data-archetype]')).toHaveText('Leading and Managing');
  await expect(page.locator('.plan-priorities .plan-action')).toHaveCount(2);
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
  // Nor the language menu, which means nothing on paper.
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeHidden();
  // The results themselves still print, with the works their sources cite.
  await expect(quiz.heading('Your results')).toBeVisible();
  await expect(page.getByRole('img', { name: /Radar of your leading and managing scores/ })).toBeVisible();
  await expect(quiz.scoreTable()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your development plan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Works cited' })).toBeVisible();

  // A PDF is produced (its page count is checked by the one-page tests below).
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(countPdfPages(pdf)).toBeGreaterThanOrEqual(1);

  // Back to screen media, the buttons return.
  await page.emulateMedia({ media: 'screen' });
  await expect(quiz.button('Print or save as PDF')).toBeVisible();
});

for (const [name, reach] of [
  ['the longest results (three priorities, the overuse note, agility)', longestResults],
  ['the shortest results (two priorities, scenarios skipped)', shortestResults],
]) {
  test(
    `${name} print on at most two A4 pages, with a header and body text at 9 pt or more`,
    async ({ page, quiz }, testInfo) => {
      await reach(page, quiz);
      await page.emulateMedia({ media: 'print' });
      // The header: the form, today's date in words, and a line for a name.
      const header = page.locator('.print-header');
      await expect(header).toBeVisible();
      await expect(header).toContainText('Short form');
      const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
      await expect(header).toContainText(today);
      await expect(header).toContainText('Name:');
      // Every visible text outside the chart is 9 pt (12 CSS px) or more.
      const smallest = await page.evaluate(() => {
        let min = Infinity;
        let where = '';
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const element = walker.currentNode.parentElement;
          if (!walker.currentNode.textContent.trim() || element.closest('svg')) continue;
          if (!element.checkVisibility()) continue;
          const size = parseFloat(getComputedStyle(element).fontSize);
          if (size < min) [min, where] = [size, `${element.className}: ${walker.currentNode.textContent.trim().slice(0, 40)}`];
        }
        return { min, where };
      });
      expect(smallest.min, smallest.where).toBeGreaterThanOrEqual(12);
      const pdf = await page.pdf({ format: 'A4' });
      writeFileSync(testInfo.outputPath('results.pdf'), pdf);
      expect(countPdfPages(pdf), 'pages in the printed results').toBeLessThanOrEqual(2);
    },
  );
}
