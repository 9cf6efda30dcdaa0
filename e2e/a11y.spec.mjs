// Accessibility (issue 5 §2, a first step): axe-core reports no WCAG 2.x A/AA violation on every
// screen, in the light and the dark theme.
import { fileURLToPath } from 'node:url';

import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { Quiz } from './support/quiz.mjs';

const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The axe violations on the page now, as short readable lines. */
async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: AXE });
  }
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? ''})`));
}

async function check(page, screen) {
  expect(await violations(page), screen).toEqual([]);
}

for (const scheme of ['light', 'dark']) {
  test(`every screen has no axe violation (${scheme})`, async ({ page, quiz }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await quiz.goto();
    await check(page, 'intro');
    await page.getByText('Have a resume code?').click();
    await quiz.button('Continue from the code').click();
    await check(page, 'intro with a refused resume code');
    await quiz.start('short');
    await check(page, 'statement');
    await quiz.answerItems(() => 'Often', { total: 16 });
    await check(page, 'scenario bridge');
    await quiz.button('Start the scenarios').click();
    await check(page, 'scenario');
    await quiz.answerScenarios((s) => ({ best: Quiz.optionWithKey(s, 2), least: Quiz.optionWithKey(s, -1) }));
    await check(page, 'review');
    await quiz.seeResults();
    await check(page, 'results');
    await quiz.button('Copy result link').click();
    await quiz.button('Make a rater link').click();
    await expect(page.getByRole('textbox', { name: /^Your rater link/ })).toBeVisible();
    await check(page, 'results with a link and the rater link');
    const link = await page.getByRole('textbox', { name: /^Your rater link/ }).inputValue();
    await quiz.button('Start over').click();
    await check(page, 'start over confirmation');
    await quiz.button('Cancel').click();

    const code = (await page.evaluate(() => navigator.clipboard.readText())).split('#r=')[1];
    await page.goto(`/#r=${code}`);
    await expect(quiz.heading('Shared results')).toBeVisible();
    await expect(page.locator('[data-archetype]')).toBeVisible();
    await check(page, 'shared results');
    await page.goto('about:blank');
    await page.goto('/#r=R1AAAA');
    await expect(quiz.heading('These results cannot be shown')).toBeVisible();
    await check(page, 'refused shared link');

    await page.goto('about:blank');
    await page.goto(link);
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await check(page, 'rater introduction');
    await quiz.button('Start').click();
    await check(page, 'rater statement');

    await page.goto('about:blank');
    await page.goto('/#team');
    await page.getByRole('textbox', { name: 'Result codes or links' }).fill(`${code}\nR1AAAAAAAA`);
    await quiz.button('Show the team').click();
    await expect(page.getByText('Results in this team view: 1.')).toBeVisible();
    await check(page, 'team view');

    // A control: the same check does catch a violation.
    await page.evaluate(() => document.querySelector('main').append(Object.assign(document.createElement('img'), { src: 'data:,' })));
    expect((await violations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
  });
}
