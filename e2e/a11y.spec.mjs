// Accessibility (issue 5 §2): axe-core reports no WCAG 2.x A/AA violation on every screen, in the
// light and the dark theme, in English and in Arabic (right to left).
import { fileURLToPath } from 'node:url';

import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { Quiz, fillTemplate } from './support/quiz.mjs';

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

for (const lang of ['en', 'ar']) {
  for (const scheme of ['light', 'dark']) {
    test(`every screen has no axe violation (${lang}, ${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      const quiz = new Quiz(page, lang);
      const { ui, report } = quiz.t;
      await page.emulateMedia({ colorScheme: scheme });
      await quiz.goto();
      await check(page, 'intro');
      await page.getByText(ui.resume_entry_summary).click();
      await quiz.button(ui.resume_entry_submit).click();
      await check(page, 'intro with a refused resume code');
      await quiz.start('short');
      await check(page, 'statement');
      await quiz.answerItems(() => 'Often', { total: 16 });
      await check(page, 'scenario bridge');
      await quiz.button(ui.start_scenarios).click();
      await check(page, 'scenario');
      await quiz.answerScenarios((s) => ({ best: Quiz.optionWithKey(s, 2), least: Quiz.optionWithKey(s, -1) }));
      await check(page, 'review');
      await quiz.seeResults();
      await check(page, 'results');
      await quiz.button(ui.copy_result_link).click();
      await quiz.button(ui.ask_make_link).click();
      const raterLink = page.getByRole('textbox', { name: ui.ask_link_label });
      await expect(raterLink).toBeVisible();
      await check(page, 'results with a link and the rater link');
      const link = await raterLink.inputValue();
      await quiz.button(ui.start_over).click();
      await check(page, 'start over confirmation');
      await quiz.button(ui.cancel).click();

      const code = (await page.evaluate(() => navigator.clipboard.readText())).split('#r=')[1];
      await page.goto(quiz.address(`#r=${code}`));
      await expect(quiz.heading(ui.shared_heading)).toBeVisible();
      await expect(page.locator('[data-archetype]')).toBeVisible();
      await check(page, 'shared results');
      await page.goto('about:blank');
      await page.goto(quiz.address('#r=R1AAAA'));
      await expect(quiz.heading(ui.shared_error_heading)).toBeVisible();
      await check(page, 'refused shared link');

      await page.goto('about:blank');
      await page.goto(link);
      await expect(page.getByRole('button', { name: ui.rater_start, exact: true })).toBeVisible();
      await check(page, 'rater introduction');
      await page.getByRole('radio', { name: ui.rater_group_peer }).check();
      await quiz.button(ui.rater_start).click();
      await check(page, 'rater statement');

      await page.goto('about:blank');
      await page.goto(quiz.address('#team'));
      await page.getByRole('textbox', { name: ui.team_codes_label }).fill(`${code}\nR1AAAAAAAA`);
      await quiz.button(ui.team_show).click();
      await expect(page.getByText(fillTemplate(report.team_count, { n: 1 }), { exact: true })).toBeVisible();
      await check(page, 'team view');

      await page.goto('about:blank');
      await page.goto(quiz.address('#pool'));
      await expect(quiz.heading(ui.pool_heading)).toBeVisible();
      await check(page, 'pool page');

      // A control: the same check does catch a violation.
      await page.evaluate(() => document.querySelector('main').append(Object.assign(document.createElement('img'), { src: 'data:,' })));
      expect((await violations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
    });
  }
}
