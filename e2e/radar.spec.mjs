// The results open with a summary a phone shows in two screens, and a radar a person can read:
// a plot 60 % of a phone's width (320 px or more on a desktop), axis labels of 12 px or more that
// stay on screen and clear of each other, ring values, the 62.5 line drawn and named, a caption,
// and both markers where the two poles score the same. English and Arabic, at 320, 360 and 1280 px.
import { test, expect } from './support/fixtures.mjs';
import { Quiz, DIMENSION_IDS } from './support/quiz.mjs';

/** Short form, every statement "Often" (every pole 75), scenarios skipped: the results. */
async function toResults(page, lang, width, height = 740) {
  await page.setViewportSize({ width, height });
  const quiz = new Quiz(page, lang);
  await page.goto(`/?lang=${lang}`);
  await quiz.waitForApp();
  await quiz.shortRunToResults(() => 4);
  return quiz;
}

/** Boxes in page coordinates. */
function pageBoxes(locator) {
  return locator.evaluateAll((all) => all.map((el) => {
    const r = el.getBoundingClientRect();
    return { text: el.textContent, x: r.left + scrollX, y: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY, width: r.width, height: r.height, size: parseFloat(getComputedStyle(el).fontSize) };
  }));
}

const overlap = (a, b) => a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom;

for (const lang of ['en', 'ar']) {
  for (const width of [320, 360, 1280]) {
    test(`${lang} ${width} px: the radar's plot, labels, rings, line and caption`, async ({ page }) => {
      await toResults(page, lang, width, width === 1280 ? 900 : 740);
      const figure = page.locator('.summary figure.radar');
      // The plot is the outer (100) ring, not the margins kept for the labels.
      const rim = (await pageBoxes(figure.locator('polygon.ring')))[3];
      if (width < 600) expect(rim.width, 'plot width on a phone').toBeGreaterThanOrEqual(0.6 * width);
      else expect(rim.width, 'plot width on a desktop').toBeGreaterThanOrEqual(320);

      const labels = await pageBoxes(figure.locator('.radar-label'));
      expect(labels).toHaveLength(8);
      for (const label of labels) {
        expect(label.size, `${label.text}: font size`).toBeGreaterThanOrEqual(12);
        expect(label.x, `${label.text}: left edge on screen`).toBeGreaterThanOrEqual(0);
        expect(label.right, `${label.text}: right edge on screen`).toBeLessThanOrEqual(width);
        // At most two lines.
        expect(label.height, `${label.text}: lines`).toBeLessThanOrEqual(label.size * 1.15 * 2 + 1);
      }
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) expect(overlap(a, b), `${a.text} and ${b.text} overlap`).toBe(false);
      }
      // Rings carry their values; the 62.5 line is drawn and named; one caption says how to read it.
      await expect(figure.locator('.ring-label')).toHaveText(['25', '50', '75', '100']);
      for (const value of await figure.locator('.ring-label').all()) await expect(value).toBeVisible();
      await expect(figure.locator('[data-line="62.5"]')).toHaveCount(1);
      await expect(figure.locator('.legend-line')).toContainText('62.5');
      await expect(figure.locator('.radar-caption')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      // Every pole 75: each axis's circle and square both show, side by side.
      const circles = await pageBoxes(figure.locator('.radar-plot circle.marker-leading'));
      const squares = await pageBoxes(figure.locator('.radar-plot rect.marker-managing'));
      expect(circles).toHaveLength(DIMENSION_IDS.length);
      for (const [axis, circle] of circles.entries()) {
        const square = squares[axis];
        const apart = Math.hypot(circle.x + circle.width / 2 - (square.x + square.width / 2), circle.y + circle.height / 2 - (square.y + square.height / 2));
        // Clear of each other even where the square's corner points at the circle.
        expect(apart, `axis ${axis}: the square shows beside the circle`).toBeGreaterThan(circle.width / 2 + square.width / Math.SQRT2);
      }
    });
  }
}

for (const [name, decide, pattern, first] of [
  ['every statement "Often"', () => 4, 'Your pattern: Leading and Managing. Both indices at or above 62.5.', 'Goals & Plans (Direction): 75'],
  // Leading sides "Sometimes", managing ones "Often": three priorities, the summary names two.
  ['three priorities', (item) => (item.pole === 'manage' ? 4 : 3), 'Your pattern: Steady Operation. Management index at or above 62.5, leadership index below 62.5.', 'Vision & Purpose (Direction): 50'],
]) {
  test(`360 x 740, ${name}: pattern, radar, two priorities, print, copy link, downloads and "Ask colleagues" fill the first two screens`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const quiz = new Quiz(page, 'en');
    await page.goto('/');
    await quiz.waitForApp();
    await quiz.shortRunToResults(decide);
    const twoScreens = 2 * 740;
    const bottom = (locator) => locator.evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
    const top = (locator) => locator.evaluate((el) => el.getBoundingClientRect().top + scrollY);
    await expect(page.locator('.summary-pattern')).toHaveText(pattern);
    const parts = [
      page.locator('.summary-pattern'),
      page.getByRole('img', { name: quiz.t.report.radar_title }),
      page.getByRole('list', { name: 'Where to start' }),
      quiz.button('Print or save as PDF'),
      quiz.button('Copy result link'),
      quiz.button('Ask colleagues'),
      ...['Radar (SVG)', 'Radar (PNG)', 'Results (JSON)', 'Scores (CSV)'].map((label) => quiz.button(label)),
    ];
    for (const part of parts) expect(await bottom(part), String(part)).toBeLessThanOrEqual(twoScreens);
    // In that order: the pattern, the radar, the priorities (two, each with its action), the actions.
    expect(await top(parts[0])).toBeLessThan(await top(parts[1]));
    expect(await top(parts[1])).toBeLessThan(await top(parts[2]));
    expect(await top(parts[2])).toBeLessThan(await top(parts[3]));
    await expect(parts[2].getByRole('listitem')).toHaveCount(2);
    await expect(parts[2].getByRole('listitem').first()).toContainText(first);
    // The details follow: the plan, then the scores table.
    expect(await top(page.locator('.development-plan'))).toBeGreaterThan(await bottom(parts[parts.length - 1]));
    // "Ask colleagues" takes the person to its section.
    await quiz.button('Ask colleagues').click();
    await expect(page.getByRole('heading', { name: 'Ask colleagues', level: 2 })).toBeFocused();
  });
}
