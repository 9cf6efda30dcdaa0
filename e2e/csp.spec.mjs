// The built site runs under the strict Content-Security-Policy the README recommends, with zero
// violations, through a whole run: statements, scenarios, review, results (report module) and print.
import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { Quiz } from './support/quiz.mjs';
import { CSP_PORT } from '../playwright.config.mjs';

test.use({
  baseURL: `http://127.0.0.1:${CSP_PORT}/`,
  // Chromium logs the control violation provoked at the end; violations during the run are caught
  // by the listener before that.
  knownConsoleErrors: [/^Applying inline style violates the following Content Security Policy directive/],
});

test('a full run under the strict CSP records no violation', async ({ page, quiz }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  const response = await page.goto('/');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await quiz.waitForApp();
  await quiz.start('short');
  await quiz.answerItems((item) => (item.pole === 'lead' ? 'Often' : 'Sometimes'), { total: 16 });
  await quiz.button('Start the scenarios').click();
  await quiz.answerScenarios((scenario) => ({
    best: Quiz.optionWithKey(scenario, 2),
    least: Quiz.optionWithKey(scenario, -1),
  }));
  await quiz.seeResults();
  await expect(page.locator('[data-archetype]')).toHaveText('Vision Without Traction');
  // The report module's stylesheet applied: the radar is laid out as an SVG figure with its size.
  await expect(page.locator('svg.radar-svg')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  // "How to read this" links to the two documents, pages beside the app that open in a new tab
  // under the same policy, styled by their own stylesheet.
  const honesty = page.getByRole('region', { name: 'How to read this' });
  for (const [name, heading] of [
    [/^Technical note/, 'Leadership Radar: technical note'],
    [/^Facilitator guide/, 'Leadership Radar: facilitator guide'],
  ]) {
    const link = honesty.getByRole('link', { name });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');
    const [doc] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    const violations = [];
    doc.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) violations.push(message.text());
    });
    await expect(doc.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(doc.locator('main')).toHaveCSS('max-width', /px$/);
    expect(await doc.evaluate(() => document.styleSheets.length)).toBe(1);
    expect(violations).toEqual([]);
    await doc.close();
  }
  await quiz.button('Start over').click();
  await quiz.button('Yes, delete and start over').click();
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  expect(await page.evaluate(() => window.__violations)).toEqual([]);

  // Control: the policy is enforced and the listener sees it, so an empty list above means something.
  await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
  await expect.poll(() => page.evaluate(() => window.__violations.length)).toBe(1);
  expect((await page.evaluate(() => window.__violations))[0]).toMatch(/^style-src/);
});
