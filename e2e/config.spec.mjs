// Configuration by URL: each parameter is obeyed, and an invalid one is ignored with a console
// warning (never an error); accent and theme apply under the strict CSP without a violation.
import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { CSP_PORT } from '../playwright.config.mjs';

test('intro=off&form=full opens on the first of 48 statements, and a reload keeps the place', async ({ page, quiz }) => {
  await page.goto('/?intro=off&form=full');
  await expect(quiz.progress()).toHaveText('1 of 48');
  await quiz.answerItems(() => 'Often', { total: 48, to: 2 });
  await quiz.reload();
  await expect(quiz.progress()).toHaveText('3 of 48');
});

test('intro=off: Start over leads straight back to the first statement', async ({ page, quiz }) => {
  await page.goto('/?intro=off&form=short');
  await expect(quiz.progress()).toHaveText('1 of 16');
  await quiz.answerItems(() => 'Often', { total: 16 });
  await quiz.button('Skip the scenarios').click();
  await quiz.seeResults();
  await quiz.button('Start over').click();
  await quiz.button('Yes, delete and start over').click();
  await expect(quiz.progress()).toHaveText('1 of 16');
  await expect(quiz.choice('Often')).not.toBeChecked();
});

test('form=short with the intro on offers only the short form', async ({ page, quiz }) => {
  await page.goto('/?form=short');
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  await expect(quiz.button('Start the short form')).toBeVisible();
  await expect(quiz.button('Start the full form')).toHaveCount(0);
});

test('invalid parameters are ignored with a warning each, and the defaults apply', async ({ page, quiz }) => {
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto('/?form=medium&theme=neon&accent=%23zzz&intro=maybe&storage=cloud&parentOrigin=*&id=%3Cscript%3E&lms=aicc');
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  await expect(quiz.button('Start the full form')).toBeVisible();
  for (const name of ['form', 'theme', 'accent', 'intro', 'storage', 'parentOrigin', 'id', 'lms']) {
    expect(warnings.some((w) => w.startsWith(`Leadership Radar ignored the URL parameter ${name}=`)), name).toBe(true);
  }
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBeNull();
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-accent'))).toBe(false);
  // Storage stayed automatic: progress is saved locally.
  await expect(page.getByText('Progress is saved in this browser as you go.')).toBeVisible();
});

test.describe('under the strict CSP', () => {
  test.use({ baseURL: `http://127.0.0.1:${CSP_PORT}/` });

  test('theme and accent apply with no violation, and the accent keeps its text readable', async ({ page, quiz }) => {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
    });
    await page.goto('/?theme=dark&accent=ffd400');
    await quiz.waitForApp();
    const look = await page.evaluate(() => {
      const start = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start the short form');
      const style = getComputedStyle(start);
      return {
        theme: document.documentElement.dataset.theme,
        scheme: getComputedStyle(document.documentElement).colorScheme,
        background: style.backgroundColor,
        color: style.color,
        body: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(look).toMatchObject({ theme: 'dark', scheme: 'dark', background: 'rgb(255, 212, 0)', color: 'rgb(0, 0, 0)' });
    // The dark page background.
    expect(look.body).toBe('rgb(18, 19, 28)');
    await quiz.start('short');
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
  });

  test('theme=light wins over a dark system setting', async ({ page, quiz }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/?theme=light');
    await quiz.waitForApp();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(246, 247, 251)');
    await page.goto('/');
    await quiz.waitForApp();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 19, 28)');
  });
});
