// Short form end to end: scripted answers, scenarios skipped, review, then every displayed number
// checked against values worked out by hand below.
import { test, expect } from './support/fixtures.mjs';
import { DIMENSION_IDS } from './support/quiz.mjs';

test('short form with scenarios skipped shows the hand-computed radar, table and pattern', async ({ page, quiz }) => {
  await quiz.goto();

  // Every lead item "Often" (4), every manage item "Sometimes" (3). All 16 short-form items are
  // positively keyed, so nothing is mirrored.
  const given = await quiz.shortRunToResults((item) => (item.pole === 'lead' ? 'Often' : 'Sometimes'));
  expect(given).toHaveLength(16);
  // The short form asks exactly one short item per pole: 8 dimensions x 2 poles.
  expect(new Set(given.map((g) => `${g.item.dimension}/${g.item.pole}`)).size).toBe(16);
  expect(given.every((g) => g.item.short)).toBe(true);

  // ---- back to the review to check it lists all 16 answers, then on to the results again
  await quiz.button('Change my answers').click();
  await expect(quiz.heading('Review your answers')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Change answer \d+$/ })).toHaveCount(16);
  for (const { position, item, label } of given) {
    await expect(page.getByRole('button', { name: `Change answer ${position}`, exact: true })).toBeVisible();
    const row = page.getByRole('listitem').filter({ hasText: item.text });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(label);
  }
  await expect(page.getByText('You skipped the scenarios, so there will be no agility score.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Change scenario/ })).toHaveCount(0);
  await quiz.seeResults();

  // ---- table: lead pole: one item answered 4 -> mean 4 -> 100*(4-1)/4 = 75
  //             manage pole: one item answered 3 -> mean 3 -> 100*(3-1)/4 = 50
  await expect(quiz.scoreTable().locator('caption')).toHaveText(/^Scores by dimension/);
  await expect(quiz.scoreTable().locator('tbody tr[data-dimension]')).toHaveCount(8);
  for (const dimension of DIMENSION_IDS) {
    await expect(quiz.cell(dimension, 'lead'), `${dimension} lead`).toHaveText('75');
    await expect(quiz.cell(dimension, 'manage'), `${dimension} manage`).toHaveText('50');
  }

  // ---- indices: LI = mean of eight 75s = 75; MI = mean of eight 50s = 50;
  // tilt = 75 - 50 = 25: "lean towards leading, by 25 points" (no balance figure on the page).
  await expect(quiz.stat('Leadership index')).toHaveText('75');
  await expect(quiz.stat('Management index')).toHaveText('50');
  await expect(page.locator('.stat-balance')).toHaveCount(0);
  // LI 75 >= 62.5 (high), MI 50 < 62.5 (low) -> "Vision Without Traction".
  const archetype = page.locator('[data-archetype]');
  await expect(archetype).toHaveText('Vision Without Traction');
  await expect(archetype).toHaveAttribute('data-archetype', 'visionary-without-traction');
  // |tilt| 25 >= 10 and LI > MI -> leans leading by round5(25) = 25 points.
  await expect(page.getByText('Your answers lean towards leading, by 25 points.')).toBeVisible();
  // Neither 75 nor 50 lies in the 57.5-67.5 band: no "near the line" caveat.
  await expect(page.getByText('Your scores are near the line', { exact: false })).toHaveCount(0);

  // ---- agility: scenarios skipped -> the skipped text, no score
  await expect(page.getByText('You skipped the scenarios, so this result has no agility score.')).toBeVisible();
  await expect(page.getByText(/^Agility: \d+ out of 100$/)).toHaveCount(0);

  // ---- radar: an img with two 8-point polygons
  const radar = page.getByRole('img', { name: /Radar of your leading and managing scores/ });
  await expect(radar).toBeVisible();
  const leading = await quiz.seriesPoints('leading');
  const managing = await quiz.seriesPoints('managing');
  expect(leading).toHaveLength(8);
  expect(managing).toHaveLength(8);
  for (const [x, y] of [...leading, ...managing]) {
    expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  }
  // Top axis (Direction) points straight up from the centre, radius 120 at 100:
  // leading 75 -> y = -120*0.75 = -90.0; managing 50 -> y = -120*0.50 = -60.0.
  expect(leading[0]).toEqual([0, -90]);
  expect(managing[0]).toEqual([0, -60]);
  // Third axis (People system) points right: leading x = 120*0.75 = 90.0, managing x = 60.0.
  expect(leading[2]).toEqual([90, 0]);
  expect(managing[2]).toEqual([60, 0]);
  // The raw attribute keeps one decimal: the top point is written "0.0,-90.0".
  const rawLeading = await page.locator('polygon[data-series=leading]').getAttribute('points');
  expect(rawLeading.split(/\s+/)[0]).toBe('0.0,-90.0');

  // ---- the end of the page: actions are there
  await expect(quiz.button('Print or save as PDF')).toBeVisible();
  await expect(quiz.button('Change my answers')).toBeVisible();
  await expect(quiz.button('Start over')).toBeVisible();
});
