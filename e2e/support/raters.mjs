// A colleague's side of "Ask colleagues", for the specs that need rater codes: open the rater
// link in a browser of their own, say how they know the person, answer every statement.
import { expect } from '@playwright/test';

import { Quiz } from './quiz.mjs';

/** A colleague opens the rater link in their own browser, says how they know the person and answers every statement `label`. */
export async function rate(browser, link, label, { expectName = 'Ana', reloadAt = 0, key = null, group = 'We are peers', pooled = false } = {}) {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(link);
  const quiz = new Quiz(page);
  await expect(quiz.heading(`How do you see ${expectName}?`)).toBeVisible();
  // What the person can see, said as it is: in a direct request the person could work out one
  // colleague's answers; in a pooled one the code goes to whoever pools the codes.
  await expect(page.locator('.rater-privacy')).toContainText(
    pooled ? 'Send it to the person collecting the codes, not to' : 'could work out yours by adding codes of their own',
  );
  // How they know the person comes first.
  await quiz.button('Start').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Choose how you know them to start.' })).toBeVisible();
  await page.getByRole('radio', { name: group }).check();
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
  if (pooled) await expect(page.locator('.rater-done-lead')).toContainText('send it to the person collecting the codes, not to');
  const field = page.getByRole('textbox', { name: 'Rater code' });
  await expect(field).toHaveValue(/^R2[A-Za-z0-9_-]+$/);
  const code = await field.inputValue();
  // Nothing about the rating was kept in the colleague's browser.
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await context.close();
  return code;
}
