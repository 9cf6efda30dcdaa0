// Exports from the results: each file is downloaded and read back by the test. The JSON's scores
// and the CSV's rows match the page; the SVG's polygons are the page's; the PNG is a real PNG of
// the radar's size. Under the strict CSP too (the PNG is drawn from a data: image).
import { readFileSync } from 'node:fs';

import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { DIMENSION_IDS } from './support/quiz.mjs';
import { CSP_PORT } from '../playwright.config.mjs';

async function download(page, label) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Download' }).getByRole('button', { name: label }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

const finish = (quiz) => quiz.shortRunWithScenariosToResults((item, position) => (position % 5) + 1);

const date = /^leadership-radar-\d{4}-\d{2}-\d{2}\./;

test('JSON, CSV, SVG and PNG downloads hold what the page shows', async ({ page, quiz }) => {
  await finish(quiz);
  // One action chosen, which the JSON's plan says.
  const chosenBox = page.locator('.plan-priorities .plan-action').nth(1).getByRole('checkbox');
  await chosenBox.check();
  const chosenId = await chosenBox.getAttribute('value');

  const json = await download(page, 'Results (JSON)');
  expect(json.name).toMatch(date);
  expect(json.name.endsWith('.json')).toBe(true);
  const result = JSON.parse(json.bytes.toString('utf8'));
  expect(result).toMatchObject({ format: 'leadership-radar.result', version: 1, form: 'short', scenarios: 'taken' });
  expect(result.resultCode).toMatch(/^R2[A-Za-z0-9_-]+$/);
  expect(result.answers).toHaveLength(16);
  expect(result.scenarioPicks).toHaveLength(8);
  expect(result.dimensions.map((d) => d.id)).toEqual(DIMENSION_IDS);
  // The plan: all 16 actions in the page's order, the priorities first, the chosen one marked.
  expect(result.plan).toHaveLength(16);
  const priorities = await page.locator('.plan-priorities input[name="plan-choice"]').evaluateAll((inputs) => inputs.map((i) => i.value));
  expect(result.plan.filter((p) => p.priority).map((p) => `${p.dimension}-${p.pole}`)).toEqual(priorities);
  expect(result.plan.filter((p) => p.chosen).map((p) => p.action)).toEqual([`action-${chosenId}`]);
  expect(result.focus.map((f) => `${f.dimension}-${f.pole}`)).toEqual(priorities);
  // The debrief: one entry per scenario, the favoured letter and whether it was picked.
  expect(result.scenarioDebrief).toHaveLength(8);
  // Varied answers on the short form (no failure-mode statements): nothing to say about them.
  expect(result.quality).toEqual({ sameAnswer: null, twoWays: [] });
  await expect(page.locator('.quality')).toHaveCount(0);
  for (const [i, d] of result.scenarioDebrief.entries()) {
    expect(d.scenario).toBe(result.scenarioPicks[i].scenario);
    expect(d.pickedFavoured).toBe(result.scenarioPicks[i].best === d.favoured);
    expect(d.why).toBe(`scenario-${d.scenario}.why`);
  }
  const round5 = (v) => String(Math.round(v / 5) * 5);
  await expect(page.locator('.stat-leading dd')).toHaveText(round5(result.scores.leadership));
  await expect(page.locator('.stat-managing dd')).toHaveText(round5(result.scores.management));
  for (const d of result.dimensions) {
    await expect(quiz.cell(d.id, 'lead')).toHaveText(round5(d.lead.score));
    await expect(quiz.cell(d.id, 'manage')).toHaveText(round5(d.manage.score));
  }
  // The JSON's code is the result link's.
  expect(result.answers.every((a) => [1, 2, 3, 4, 5, 'no-opportunity'].includes(a.answer))).toBe(true);

  const csv = await download(page, 'Scores (CSV)');
  expect(csv.name.endsWith('.csv')).toBe(true);
  const text = csv.bytes.toString('utf8').replace(/^\uFEFF/, '');
  const rows = text.trimEnd().split('\r\n').map((r) => r.split(','));
  expect(rows[0]).toEqual(['Dimension', 'Leading side', 'Leading score', 'Managing side', 'Managing score']);
  expect(rows).toHaveLength(12);
  rows.slice(1, 9).forEach((row, i) => {
    expect(Number(row[2])).toBeCloseTo(result.dimensions[i].lead.score, 5);
    expect(Number(row[4])).toBeCloseTo(result.dimensions[i].manage.score, 5);
  });
  expect(rows[9]).toEqual(['Leadership index', '', String(result.scores.leadership), '', '']);

  const svg = await download(page, 'Radar (SVG)');
  const markup = svg.bytes.toString('utf8');
  expect(markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  for (const series of ['leading', 'managing']) {
    const onPage = await page.locator(`svg polygon[data-series="${series}"]`).getAttribute('points');
    expect(markup).toContain(`data-series="${series}" points="${onPage}"`);
  }
  // The file carries its own labels (SVG text) and names the 62.5 line in its legend.
  expect(markup.match(/class="axis-label"/g)).toHaveLength(8);
  expect(markup).toContain('>62.5: the line between the patterns</text>');
  const [, fileWidth, fileHeight] = markup.match(/^<svg [^>]*width="(\d+)" height="(\d+)"/);

  const png = await download(page, 'Radar (PNG)');
  expect(png.name.endsWith('.png')).toBe(true);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The SVG's own size.
  expect(png.bytes.readUInt32BE(16)).toBe(Number(fileWidth));
  expect(png.bytes.readUInt32BE(20)).toBe(Number(fileHeight));
  // Not blank: a drawn radar compresses far worse than an empty canvas.
  expect(png.bytes.length).toBeGreaterThan(15_000);
});

test.describe('under the strict CSP', () => {
  test.use({ baseURL: `http://127.0.0.1:${CSP_PORT}/` });

  test('the PNG and SVG downloads work with no violation', async ({ page, quiz }) => {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await finish(quiz);
    const png = await download(page, 'Radar (PNG)');
    expect(png.bytes.readUInt32BE(16)).toBe(1200);
    await download(page, 'Radar (SVG)');
    await download(page, 'Scores (CSV)');
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
  });
});
