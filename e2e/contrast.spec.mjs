// Non-text contrast (WCAG 1.4.11, issue 5 §2): the radar's lines and markers, and the boundaries of
// form controls and the focus ring, reach 3:1 against what they sit on, in light and dark.
import { test, expect } from './support/fixtures.mjs';

/**
 * For each selector, the contrast ratio of the element's `property` colour against the first
 * opaque background behind it (walking up the tree), computed in the page.
 */
function contrasts(page, checks) {
  return page.evaluate((checks) => {
    const rgb = (text) => {
      const m = text.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }) => {
      const c = [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const background = (el) => {
      for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
        const colour = rgb(getComputedStyle(node).backgroundColor);
        if (colour && colour.a === 1) return colour;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    return checks.map(({ selector, property }) => {
      const el = document.querySelector(selector);
      if (!el) return { selector, missing: true };
      const fg = rgb(getComputedStyle(el)[property]);
      // An outline is drawn outside the element, on its parent's background.
      const behind = property.startsWith('outline') ? el.parentElement : el;
      const [a, b] = [luminance(fg), luminance(background(behind))];
      return { selector, property, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
    });
  }, checks);
}

for (const scheme of ['light', 'dark']) {
  test(`radar lines, markers, control borders and focus reach 3:1 (${scheme})`, async ({ page, quiz }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await quiz.goto();
    await quiz.shortRunToResults(() => 4);
    await expect(page.locator('.radar-svg')).toBeVisible();
    // A keyboard focus ring on whatever comes first after the results heading.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus-visible')).toHaveCount(1);
    const results = await contrasts(page, [
      { selector: '.radar-svg .series-leading', property: 'stroke' },
      { selector: '.radar-svg .series-managing', property: 'stroke' },
      { selector: '.radar-svg .marker-leading', property: 'fill' },
      { selector: '.radar-svg .marker-managing', property: 'fill' },
      { selector: '.radar-svg .ring', property: 'stroke' },
      { selector: '.radar-svg .axis', property: 'stroke' },
      { selector: '.language-select', property: 'borderTopColor' },
      { selector: '.button-secondary', property: 'borderTopColor' },
      { selector: ':focus-visible', property: 'outlineColor' },
    ]);
    for (const result of results) {
      expect(result.missing, `${result.selector} is on the page`).toBeUndefined();
      expect(result.ratio, `${result.selector} ${result.property}`).toBeGreaterThanOrEqual(3);
    }
  });
}

test('forced colors (Windows high contrast): the radar still tells its two shapes apart, focus still shows', async ({ page, quiz }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await quiz.goto();
  await quiz.shortRunToResults((item, position) => (position % 4) + 2);
  const series = await page.locator('.radar-svg polygon.series').evaluateAll((polygons) =>
    polygons.map((p) => {
      const style = getComputedStyle(p);
      return { series: p.dataset.series, stroke: style.stroke, dash: style.strokeDasharray, width: parseFloat(style.strokeWidth) };
    }),
  );
  expect(series).toHaveLength(2);
  for (const s of series) {
    expect(s.stroke, `${s.series} has a line`).not.toBe('none');
    expect(s.width).toBeGreaterThan(1);
  }
  // Same system colour, so the line pattern and the marker shapes carry the difference.
  expect(series[0].dash).not.toBe(series[1].dash);
  await expect(page.locator('.radar-svg circle.marker-leading')).toHaveCount(8);
  await expect(page.locator('.radar-svg rect.marker-managing')).toHaveCount(8);
  await page.keyboard.press('Tab');
  const outline = await page.locator(':focus-visible').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});
