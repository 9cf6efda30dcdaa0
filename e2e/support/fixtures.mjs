// Shared fixtures: every test fails if the page throws or logs a console error, unless the test
// opts out with `test.use({ expectPageErrors: true })` (only the error-card test does).
// `knownConsoleErrors` lists patterns of console errors a test provokes on purpose (a download it
// aborts, say) or, for a known and reported app bug, one that a `test.fixme` exposes on its own.
import { test as base, expect } from '@playwright/test';

import { Quiz } from './quiz.mjs';

export const test = base.extend({
  /** Set to true in a spec whose scenario is expected to log a load failure. */
  expectPageErrors: [false, { option: true }],

  /** RegExps of console.error texts a test provokes on purpose, tolerated (page errors never are). */
  knownConsoleErrors: [[], { option: true }],

  /** Everything the page reported as an error, collected for the whole test. */
  pageProblems: [
    async ({ page, expectPageErrors, knownConsoleErrors }, use) => {
      const problems = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !knownConsoleErrors.some((known) => known.test(message.text()))) {
          const where = message.location()?.url ?? '';
          problems.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
        }
      });
      await use(problems);
      if (!expectPageErrors) {
        expect(problems, 'no page errors or console errors during the test').toEqual([]);
      }
    },
    { auto: true },
  ],

  /** The page object that drives the assessment. */
  quiz: async ({ page }, use) => {
    await use(new Quiz(page));
  },
});

export { expect };
