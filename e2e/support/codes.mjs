// People's result codes for the specs that need several: each from a short run in a browser of
// its own, read back from the copied result link.
import { expect } from '@playwright/test';

import { Quiz, SCALE } from './quiz.mjs';

/** One person's short run with every statement answered `value` (1-5), scenarios skipped: their code. */
export async function codeOf(browser, value) {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const quiz = new Quiz(page);
  await page.goto('/?intro=off&form=short');
  await quiz.answerItems(() => SCALE[value - 1], { total: 16 });
  await quiz.button('Skip the scenarios').click();
  await quiz.seeResults();
  await quiz.button('Copy result link').click();
  await expect(page.getByText(/^Link copied/)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await context.close();
  return link.split('#r=')[1];
}
