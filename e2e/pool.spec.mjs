// A pooled request, as the issue asked: the person asks colleagues to send their codes to someone
// they trust; three colleagues answer in their own browsers; the person's own results refuse a
// colleague's code and the de-anonymisation attempt (two codes of the person's own making beside
// a real one); the trusted person pools the three codes on the pool page, which shows counts and
// nothing of any one colleague; the person pastes the one pooled code and sees others' average.
import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { rate } from './support/raters.mjs';
import { Quiz } from './support/quiz.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a pooled request: colleagues stay anonymous, and the person sees one average', async ({ page, quiz, browser }) => {
  test.setTimeout(150_000);
  await quiz.goto();
  // The person: "Sometimes" (3) throughout, every pole 50.
  await quiz.shortRunToResults(() => 'Sometimes');
  await page.getByRole('textbox', { name: 'Your first name (optional)' }).fill('Ana');
  await expect(page.getByRole('radio', { name: /^Someone you trust pools them/ })).toBeChecked();
  await quiz.button('Make a rater link').click();
  const link = await page.getByRole('textbox', { name: /^Your rater link/ }).inputValue();
  const poolLink = await page.getByRole('textbox', { name: /^Pool link/ }).inputValue();
  expect(new URL(poolLink).hash).toBe('#pool');
  const field = page.getByRole('textbox', { name: 'Pooled code you received' });
  await expect(field).toBeVisible();

  // Three colleagues: two peers answer "Always" (100), their manager "Rarely" (25).
  const real = [
    await rate(browser, link, 'Always', { pooled: true }),
    await rate(browser, link, 'Always', { pooled: true }),
    await rate(browser, link, 'Rarely', { pooled: true, group: 'I am their manager' }),
  ];
  // The person answers their own link twice with known answers, to read a real one back.
  const fakes = [
    await rate(browser, link, 'Never', { pooled: true }),
    await rate(browser, link, 'Never', { pooled: true }),
  ];

  // The de-anonymisation attempt fails: every rater code of a pooled request is refused.
  await field.fill([fakes[0], fakes[1], real[2]].join('\n'));
  await quiz.button('Compare').click();
  const comparison = page.getByRole('region', { name: 'You and others' });
  await expect(comparison.locator('[data-refused]')).toHaveCount(3);
  await expect(comparison.locator('[data-refused]').first()).toContainText('goes to whoever pools the codes, not to you');
  await expect(comparison.locator('svg')).toHaveCount(0);
  await expect(comparison.getByText('Rater codes counted: 0.')).toBeVisible();

  // The trusted person pools the three real codes, sent in a chat, in a browser of their own.
  const pooler = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const poolPage = await pooler.newPage();
  await poolPage.goto(poolLink);
  const pool = new Quiz(poolPage);
  await expect(pool.heading("Pool colleagues' codes")).toBeVisible();
  // Two codes: counted, no pooled code yet.
  await poolPage.getByRole('textbox', { name: "Colleagues' rater codes" }).fill(`Bo: ${real[0]}\nCy: ${real[1]}`);
  await pool.button('Pool the codes').click();
  await expect(poolPage.locator('.pool-request')).toHaveAttribute('data-raters', '2');
  await expect(poolPage.locator('.pool-needed')).toContainText('needs at least 3 codes');
  await poolPage.getByRole('textbox', { name: "Colleagues' rater codes" }).fill(`Bo: ${real[0]}\nCy: ${real[1]}\nDee: ${real[2]}`);
  await pool.button('Pool the codes').click();
  await expect(poolPage.getByRole('heading', { name: 'Codes for one request (short form): 3' })).toBeVisible();
  await expect(poolPage.locator('.pool-request li')).toHaveText(['Manager: 1', 'Peers: 2']);
  // Nothing of any one colleague is on the page: no statement, no score.
  await expect(poolPage.locator('main')).not.toContainText('this person');
  await expect(poolPage.locator('main table, main .radar')).toHaveCount(0);
  const pooled = await poolPage.getByRole('textbox', { name: /^Pooled code/ }).inputValue();
  expect(pooled).toMatch(/^R2[A-Za-z0-9_-]+$/);
  await pooler.close();

  // The person pastes the one pooled code: others' average (100 + 100 + 25) / 3 = 75 everywhere.
  await field.fill(pooled);
  await quiz.button('Compare').click();
  await expect(comparison.getByText('Colleagues in the pooled average: 3.')).toBeVisible();
  await expect(comparison.locator('svg')).toHaveCount(2);
  await expect(comparison.locator('[data-gaps="hidden"] li')).toHaveCount(16);
  await expect(comparison.locator('[data-gaps="hidden"] li').first()).toHaveText(/: you 50, others 75$/);
  // Per group only from three: peers (2) and the manager (1) are counted, never averaged.
  await expect(comparison.locator('.compare-group-counts li')).toHaveText([
    "Manager (a group's average shows from 3): 1",
    "Peers (a group's average shows from 3): 2",
  ]);
  await expect(comparison.locator('.compare-group-table')).toHaveCount(0);
  // A code set beside the pooled code is refused rather than averaged in.
  await field.fill([pooled, fakes[0]].join('\n'));
  await quiz.button('Compare').click();
  await expect(comparison.locator('[data-refused]')).toHaveCount(1);
  await expect(comparison.locator('[data-refused]')).toContainText('goes to whoever pools the codes');
  await expect(comparison.getByText('Colleagues in the pooled average: 3.')).toBeVisible();
});
