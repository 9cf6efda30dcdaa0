// Five languages (issue 5 §1 and §3): a whole short run in each translation with its results
// checked, right-to-left layout in Arabic checked by element positions, a switch of language
// mid-run that keeps every answer, and a translation that cannot load.
import { test, expect } from './support/fixtures.mjs';
import { DIMENSION_IDS, Quiz, fillTemplate, loadTexts } from './support/quiz.mjs';

const TRANSLATIONS = ['fr', 'de', 'es', 'ar'];

for (const lang of TRANSLATIONS) {
  test(`${lang}: a short run with scenarios, in that language from intro to results`, async ({ page }) => {
    const quiz = new Quiz(page, lang);
    const { ui, report } = quiz.t;
    // Every statement "Often" (4): each short-form pole has one positive item, so 75 everywhere,
    // both indices at 75 and the Leading and Managing pattern.
    await quiz.shortRunWithScenariosToResults(() => 4);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByRole('heading', { name: ui.results_heading, exact: true })).toBeFocused();
    await expect(page.getByRole('heading', { name: report.plan_heading, exact: true })).toBeVisible();
    await expect(page.locator('[data-archetype]')).toContainText(quiz.t.archetypeName.get('leading-manager'));
    for (const id of DIMENSION_IDS) {
      await expect(quiz.cell(id, 'lead'), id).toHaveText('75');
      await expect(quiz.cell(id, 'manage'), id).toHaveText('75');
    }
    // Every dimension's name labels its axis, in that language.
    const labels = await page.locator('.summary .radar-label').allTextContents();
    expect(labels).toEqual(DIMENSION_IDS.map((id) => quiz.t.dimensionName.get(id)));
    expectLabelsPlaced(await radarLabelPlacement(page));
    await expect(page.getByText(fillTemplate(report.agility_score, { score: 100 }), { exact: true })).toBeVisible();
    // The cut-off between the patterns, written as the language writes a decimal (62,5 in French).
    await expect(page.locator('.summary .legend-line')).toContainText(lang === 'ar' ? '62.5' : '62,5');
    // Nothing in English slipped through on the buttons.
    const english = loadTexts('en').ui;
    for (const key of ['change_answers', 'print_results', 'start_over']) {
      await expect(page.getByRole('button', { name: ui[key], exact: true })).toBeVisible();
      if (ui[key] !== english[key]) await expect(page.getByRole('button', { name: english[key], exact: true })).toHaveCount(0);
    }
  });
}

/** Left, right and centre of an element's box. */
async function box(locator) {
  const b = await locator.boundingBox();
  return { left: b.x, right: b.x + b.width, centre: b.x + b.width / 2 };
}

/**
 * Each radar label (HTML around the plot) against its axis's tip, in CSS px: centred on the tip's
 * x and on screen. The chart is never mirrored, so the rule is the same in both directions.
 */
async function radarLabelPlacement(page) {
  return page.locator('.summary .radar-plot').evaluate((plot) => {
    const svg = plot.querySelector('svg').getBoundingClientRect();
    // The tips sit 120 of the plot's 128 units from its centre (PLOT_VIEW_BOX).
    const centre = svg.left + svg.width / 2;
    const reach = (svg.width / 2) * (120 / 128);
    const across = [0, Math.SQRT1_2, 1, Math.SQRT1_2, 0, -Math.SQRT1_2, -1, -Math.SQRT1_2];
    return [...plot.querySelectorAll('.radar-label')].map((label, axis) => {
      const b = label.getBoundingClientRect();
      return {
        label: label.textContent,
        offset: (b.left + b.right) / 2 - (centre + across[axis] * reach),
        inside: b.left >= -1 && b.right <= innerWidth + 1,
      };
    });
  });
}

function expectLabelsPlaced(placements) {
  expect(placements).toHaveLength(8);
  for (const { label, offset, inside } of placements) {
    expect(inside, `${label} on screen`).toBe(true);
    expect(Math.abs(offset), `${label} is centred on its axis's tip`).toBeLessThan(2);
  }
}

test('Arabic is laid out right to left: header, scale, buttons and radar labels', async ({ page }) => {
  const quiz = new Quiz(page, 'ar');
  const { ui } = quiz.t;
  await quiz.goto();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The brand starts on the right, the language menu sits on the left.
  const brand = await box(page.locator('.brand'));
  const menu = await box(page.getByRole('combobox', { name: ui.language_label }));
  expect(menu.right).toBeLessThan(brand.left);
  await quiz.start('short');
  // The scale reads from the right: "Never" right of "Always".
  const never = await box(quiz.choice(1));
  const always = await box(quiz.choice(5));
  expect(never.left).toBeGreaterThan(always.right);
  // The statement starts at the right edge of its group.
  const group = await box(quiz.itemGroup());
  const legend = await box(quiz.itemGroup().locator('legend'));
  expect(group.right - legend.right).toBeLessThan(40);
  expect(legend.left - group.left).toBeGreaterThan(-1);
  await quiz.answerCurrent(4);
  // Back on the right (where reading starts), Next on the left.
  const back = await box(quiz.button(ui.back));
  const next = await box(quiz.button(ui.next));
  expect(next.right).toBeLessThan(back.left);
  await quiz.answerItems(() => 4, { total: 16, from: 2 });
  await quiz.button(ui.skip_scenarios).click();
  await quiz.seeResults();
  expectLabelsPlaced(await radarLabelPlacement(page));
  // Numbers stay Western digits, readable in the table.
  await expect(quiz.cell('direction', 'lead')).toHaveText('75');
});

test('English radar labels are placed by the same rule (a control for the Arabic check)', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.shortRunToResults(() => 3);
  expectLabelsPlaced(await radarLabelPlacement(page));
});

test('switching language mid-run keeps every answer, and the choice is remembered', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.start('short');
  const given = await quiz.answerItems(() => 5, { total: 16, to: 3 });
  const fourth = await quiz.currentItem();
  const menu = page.getByRole('combobox', { name: 'Language' });
  await menu.focus();
  await menu.selectOption('fr');
  quiz.useLanguage('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // Same place, same statement, now in French; focus stays on the menu.
  await expect(quiz.progress()).toHaveText(fillTemplate(quiz.t.ui.progress_items, { n: 4, total: 16 }));
  expect((await quiz.currentItem()).id).toBe(fourth.id);
  await expect(page.getByRole('combobox', { name: quiz.t.ui.language_label })).toBeFocused();
  await quiz.button(quiz.t.ui.back).click();
  await expect(quiz.choice(5)).toBeChecked();
  expect((await quiz.currentItem()).id).toBe(given[2].item.id);
  // A reload keeps French (remembered in this browser), then Arabic flips the page's direction.
  await quiz.reload();
  await expect(quiz.progress()).toHaveText(fillTemplate(quiz.t.ui.progress_items, { n: 3, total: 16 }));
  await page.getByRole('combobox', { name: quiz.t.ui.language_label }).selectOption('ar');
  quiz.useLanguage('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(quiz.choice(5)).toBeChecked();
  // A `lang` in the address follows the menu, so a reload or a shared address keeps it.
  await page.goto('/?lang=de');
  quiz.useLanguage('de');
  await quiz.waitForApp();
  await page.getByRole('combobox', { name: quiz.t.ui.language_label }).selectOption('es');
  await expect(page).toHaveURL(/[?&]lang=es(&|$)/);
});

test.describe('a translation that cannot be fetched', () => {
  test.use({ knownConsoleErrors: [/Failed to load resource/] });
  test('leaves the page as it was, with a notice', async ({ page, quiz }) => {
    await page.route('**/locales/de.txt', (route) => route.abort());
    await quiz.goto();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await expect(page.locator('[data-notice="LanguageUnavailable"]')).toHaveText(/could not be loaded/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    await quiz.start('short');
  });
});

test('two quick switches: only the later choice takes effect, whatever arrives last', async ({ page, quiz }) => {
  // French arrives slowly, German at once: German was picked last, so German it stays.
  await page.route('**/locales/fr.txt', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await quiz.goto();
  const menu = page.getByRole('combobox', { name: 'Language' });
  await menu.selectOption('fr');
  await menu.selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.waitForTimeout(2500);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('combobox', { name: loadTexts('de').ui.language_label })).toHaveValue('de');
});
