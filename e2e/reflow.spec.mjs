// Reflow (WCAG 1.4.10) and resize (1.4.4): no screen scrolls sideways at 320 CSS px (a 1280 px
// window zoomed to 400 %) or at 640 CSS px (the same window at 200 %), including the share, rater
// and team screens. Browser zoom is what changes the CSS viewport; the layout's breakpoints follow it.
import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { Quiz } from './support/quiz.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function noSidewaysScroll(page, screen) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${screen}: content ${scroll} px wide in a ${client} px window`).toBeLessThanOrEqual(client);
}

// German has the longest words, French the widest score-table headings, Arabic runs right to left;
// English is checked at both widths.
for (const [lang, width, zoom] of [['en', 320, 400], ['en', 640, 200], ['de', 320, 400], ['fr', 320, 400], ['es', 320, 400], ['ar', 320, 400]]) {
  test(`every screen reflows at ${width} CSS px (a 1280 px window at ${zoom} %), ${lang}`, async ({ page }) => {
    test.setTimeout(90_000);
    const quiz = new Quiz(page, lang);
    const { ui } = quiz.t;
    await page.setViewportSize({ width, height: 800 });
    await quiz.goto();
    await noSidewaysScroll(page, 'intro');
    await quiz.start('short');
    await noSidewaysScroll(page, 'statement');
    await quiz.answerItems(() => 'Often', { total: 16 });
    await quiz.button(ui.skip_scenarios).click();
    await quiz.seeResults();
    await quiz.button(ui.copy_result_link).click();
    await quiz.button(ui.ask_make_link).click();
    const raterLink = page.getByRole('textbox', { name: ui.ask_link_label });
    await expect(raterLink).toBeVisible();
    await noSidewaysScroll(page, 'results with links');
    const rater = await raterLink.inputValue();
    const code = (await page.evaluate(() => navigator.clipboard.readText())).split('#r=')[1];

    await page.goto(quiz.address(`#r=${code}`));
    await expect(quiz.heading(ui.shared_heading)).toBeVisible();
    await expect(page.locator('[data-archetype]')).toBeVisible();
    await noSidewaysScroll(page, 'shared results');
    await page.goto('about:blank');
    await page.goto(rater);
    await page.getByRole('radio', { name: ui.rater_group_peer }).check();
    await quiz.button(ui.rater_start).click();
    await noSidewaysScroll(page, 'rater statement');
    await page.goto('about:blank');
    await page.goto(quiz.address('#team'));
    await page.getByRole('textbox', { name: ui.team_codes_label }).fill(`${code}\nR1AAAAAAAA`);
    await quiz.button(ui.team_show).click();
    await expect(page.locator('.team-table')).toBeVisible();
    await noSidewaysScroll(page, 'team view');
    await page.goto('about:blank');
    await page.goto(quiz.address('#pool'));
    await expect(quiz.heading(ui.pool_heading)).toBeVisible();
    await noSidewaysScroll(page, 'pool page');
  });
}
