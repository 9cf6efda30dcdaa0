// A 320 px wide phone: no horizontal scrolling on any screen, and the radar (with its axis labels)
// fits the screen.
import { test, expect } from './support/fixtures.mjs';
import { Quiz } from './support/quiz.mjs';

const WIDTH = 320;

test.use({ viewport: { width: WIDTH, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

/** Asserts the document is no wider than the viewport. */
async function expectNoHorizontalScroll(page, screen) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
  }));
  expect(widths.scroll, `${screen}: documentElement.scrollWidth`).toBeLessThanOrEqual(WIDTH);
  expect(widths.body, `${screen}: body.scrollWidth`).toBeLessThanOrEqual(WIDTH);
}

/** The elements sticking out past the right edge of the viewport, for a readable failure message. */
function overflowing(page) {
  return page.evaluate((width) => {
    const out = [];
    for (const el of document.querySelectorAll('main *')) {
      const box = el.getBoundingClientRect();
      const parent = el.parentElement?.getBoundingClientRect();
      // Report only the outermost overflowing element of each branch.
      if (box.right > width + 0.5 && !(parent && parent.right > width + 0.5)) {
        out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} (right edge ${Math.round(box.right)} px)`);
      }
    }
    return out;
  }, WIDTH);
}

/** Short form, every item "Often", scenarios skipped: the results page. */
async function toResults(quiz) {
  await quiz.goto();
  await quiz.shortRunToResults(() => 'Often');
}

test('320 px: intro, item, scenario bridge, scenario and review fit without horizontal scroll', async ({ page, quiz }) => {
  await quiz.goto();
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  await expectNoHorizontalScroll(page, 'intro');

  await quiz.start('short');
  await expect(quiz.progress()).toHaveText('1 of 16');
  await expectNoHorizontalScroll(page, 'item 1');
  // The five choices (and "No opportunity" where offered) are all on screen horizontally.
  const radios = await quiz.itemGroup().getByRole('radio').all();
  expect(radios).toHaveLength((await quiz.currentItem()).noOpportunity ? 6 : 5);
  for (const radio of radios) {
    const box = await radio.boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  }

  await quiz.answerItems(() => 'Often', { total: 16 });
  await expect(quiz.heading('Switching hats')).toBeVisible();
  await expectNoHorizontalScroll(page, 'scenario bridge');
  await quiz.button('Start the scenarios').click();
  const scenario = await quiz.currentScenario();
  await expectNoHorizontalScroll(page, 'scenario 1');
  await quiz.bestRadio(Quiz.optionWithKey(scenario, 2)).check();
  await quiz.leastRadio(Quiz.optionWithKey(scenario, -1)).check();
  await expectNoHorizontalScroll(page, 'scenario 1 answered');
  // Back out of the scenarios and skip them.
  await quiz.button('Back').click();
  await quiz.button('Skip the scenarios').click();

  await expect(quiz.heading('Review your answers')).toBeVisible();
  await expectNoHorizontalScroll(page, 'review');
});

test('320 px: the radar and all its axis labels fit on screen', async ({ page, quiz }, testInfo) => {
  await toResults(quiz);
  await page.screenshot({ path: testInfo.outputPath('results-320.png'), fullPage: true });

  // ---- the radar fits the viewport width
  const svg = page.getByRole('img', { name: /Radar of your leading and managing scores/ });
  await svg.scrollIntoViewIfNeeded();
  const chart = await svg.boundingBox();
  expect(chart.width).toBeGreaterThan(100);
  expect(chart.x).toBeGreaterThanOrEqual(0);
  expect(chart.x + chart.width).toBeLessThanOrEqual(WIDTH);

  // ---- every axis label (HTML around the plot) lies on screen, so none is cut off
  const labels = page.locator('.summary .radar-label');
  await expect(labels).toHaveCount(8);
  for (const label of await labels.all()) {
    const name = await label.textContent();
    const box = await label.boundingBox();
    expect(box, `label ${name} is rendered`).not.toBeNull();
    expect(box.x, `label ${name}: left edge`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `label ${name}: right edge`).toBeLessThanOrEqual(WIDTH);
  }
});

test('320 px: the results page (score table included) fits without horizontal scroll', async ({ page, quiz }) => {
  await toResults(quiz);
  expect(await overflowing(page), 'elements wider than the screen').toEqual([]);
  await expectNoHorizontalScroll(page, 'results');
  // The score table, the radar's data as text, is not cut off either.
  const table = await quiz.scoreTable().boundingBox();
  expect(table.x).toBeGreaterThanOrEqual(0);
  expect(table.x + table.width).toBeLessThanOrEqual(WIDTH);
});
