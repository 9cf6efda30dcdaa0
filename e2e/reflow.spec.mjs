// Reflow (WCAG 1.4.10) and resize (1.4.4): no screen scrolls sideways at 320 CSS px (a 1280 px
// window zoomed to 400 %) or at 640 CSS px (the same window at 200 %), including the share, rater
// and team screens. Browser zoom is what changes the CSS viewport; the layout's breakpoints follow it.
import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function noSidewaysScroll(page, screen) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${screen}: content ${scroll} px wide in a ${client} px window`).toBeLessThanOrEqual(client);
}

for (const [width, zoom] of [[320, 400], [640, 200]]) {
  test(`every screen reflows at ${width} CSS px (a 1280 px window at ${zoom} %)`, async ({ page, quiz }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 800 });
    await quiz.goto();
    await noSidewaysScroll(page, 'intro');
    await quiz.start('short');
    await noSidewaysScroll(page, 'statement');
    await quiz.answerItems(() => 'Often', { total: 16 });
    await quiz.button('Skip the scenarios').click();
    await quiz.seeResults();
    await quiz.button('Copy result link').click();
    await quiz.button('Make a rater link').click();
    await expect(page.getByRole('textbox', { name: /^Your rater link/ })).toBeVisible();
    await noSidewaysScroll(page, 'results with links');
    const rater = await page.getByRole('textbox', { name: /^Your rater link/ }).inputValue();
    const code = (await page.evaluate(() => navigator.clipboard.readText())).split('#r=')[1];

    await page.goto(`/#r=${code}`);
    await expect(quiz.heading('Shared results')).toBeVisible();
    await expect(page.locator('[data-archetype]')).toBeVisible();
    await noSidewaysScroll(page, 'shared results');
    await page.goto('about:blank');
    await page.goto(rater);
    await quiz.button('Start').click();
    await noSidewaysScroll(page, 'rater statement');
    await page.goto('about:blank');
    await page.goto('/#team');
    await page.getByRole('textbox', { name: 'Result codes or links' }).fill(`${code}\nR1AAAAAAAA`);
    await quiz.button('Show the team').click();
    await expect(page.locator('.team-table')).toBeVisible();
    await noSidewaysScroll(page, 'team view');
  });
}
