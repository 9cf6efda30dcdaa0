// The facilitator's team view with five people's result codes: pasted (with a duplicate and a
// damaged code) and imported from a downloaded JSON file; averages and ranges checked against
// hand-computed values; the team table downloaded as CSV and read back.
import { readFileSync } from 'node:fs';

import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { DIMENSION_IDS } from './support/quiz.mjs';
import { codeOf } from './support/codes.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('five people: averages, ranges, patterns and the CSV table', async ({ page, quiz, browser }) => {
  test.setTimeout(120_000);
  const codes = [];
  for (const value of [1, 2, 3, 4, 5]) codes.push(await codeOf(browser, value));

  await page.goto('/');
  await quiz.waitForApp();
  await page.getByRole('link', { name: "Facilitators: see a team's results together" }).click();
  await expect(quiz.heading('Team view')).toBeVisible();
  // Three codes pasted (as codes and as a link), one twice, and a damaged one...
  const pasted = [codes[0], `https://example.org/#r=${codes[1]}`, codes[2], codes[2], 'R1AAAAAAAA'].join('\n');
  await page.getByRole('textbox', { name: 'Result codes or links' }).fill(pasted);
  // ...the fourth in a text file dropped on the paste area...
  await page.evaluate((code) => {
    const data = new DataTransfer();
    data.items.add(new File([`${code}\n`], 'codes.txt', { type: 'text/plain' }));
    document.getElementById('team-codes').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, codes[3]);
  await expect(page.getByText('Results in this team view: 4.')).toBeVisible();
  // ...and the fifth imported from the JSON file its owner downloaded.
  await page.getByLabel('Import files').setInputFiles({
    name: 'leadership-radar-2026-11-25.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'leadership-radar.result', version: 1, resultCode: codes[4] })),
  });
  await expect(page.getByText('Results in this team view: 5.')).toBeVisible();
  await expect(page.locator('[data-rejected]')).toHaveText(/^Not counted, R1AAAAAAAA: This link is incomplete/);
  await expect(page.getByText('Codes that appeared more than once, counted once: 1.')).toBeVisible();

  // Everyone answered one value throughout: per pole the five people score 0, 25, 50, 75 and 100
  // (a reversed statement maps 1..5 to 100..0, the same five numbers), so every pole has mean 50,
  // minimum 0 and maximum 100; so do both indices.
  for (const id of DIMENSION_IDS) {
    for (const pole of ['lead', 'manage']) {
      const cell = page.locator(`.team-table tr[data-dimension="${id}"] td[data-pole="${pole}"]`);
      await expect(cell).toHaveAttribute('data-mean', '50');
      await expect(cell).toHaveAttribute('data-min', '0');
      await expect(cell).toHaveAttribute('data-max', '100');
      await expect(cell).toHaveText('50 (0–100)');
    }
  }
  const counts = await page.locator('[data-archetype-count] .team-archetype-count').allTextContents();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(5);
  await expect(page.locator('path[data-band]')).toHaveCount(2);

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    quiz.button('Download the team table (CSV)').click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^leadership-radar-team-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(rows[0]).toBe('Measure,Side,Members,Mean,Minimum,Maximum');
  expect(rows).toHaveLength(1 + 16 + 3 + 4);
  for (const row of rows.slice(1, 17)) expect(row).toMatch(/,5,50,0,100$/);

  // Back to one's own assessment.
  await quiz.button('Back to the assessment').click();
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
});
