// Before and after (issue 19, part 3): an earlier result code of one's own pasted on the results
// overlays then and now, and a table lists every change of 10 points or more, checked by hand; the
// code is kept with the results. The check-in reminder's .ics is downloaded and parsed here (CRLF,
// lines of at most 75 octets, the required properties), and its link is followed to a retake of
// the same form that ends with the comparison. Screenshots of the new section go to /tmp/rel-shots.
import { mkdirSync, readFileSync } from 'node:fs';

import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { Quiz } from './support/quiz.mjs';
import { PORT } from '../playwright.config.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The result code of the results on screen, through "Copy result link". */
async function resultCode(page, quiz) {
  await quiz.button('Copy result link').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const code = link.split('#r=')[1];
  expect(code).toMatch(/^R2[A-Za-z0-9_-]+$/);
  return code;
}

/** Short form: "Sometimes" (3) everywhere, so every pole is 100 × (3 − 1) / 4 = 50. */
const middle = () => 'Sometimes';

/**
 * The second run, by hand (the short form has one positive statement per pole):
 * Direction, leading: Always, 100 (+50); Change, managing: Often, 75 (+25); People system,
 * leading: Rarely, 25 (−25); every other side Sometimes, 50 (no change).
 */
function second(item) {
  if (item.dimension === 'direction' && item.pole === 'lead') return 'Always';
  if (item.dimension === 'change' && item.pole === 'manage') return 'Often';
  if (item.dimension === 'people' && item.pole === 'lead') return 'Rarely';
  return 'Sometimes';
}

async function startOver(quiz) {
  await quiz.page.getByRole('button', { name: 'Start over', exact: true }).last().click();
  await quiz.button('Yes, delete and start over').click();
}

function rows(page) {
  return page.locator('.before-comparison tr[data-change-dimension]');
}

test('an earlier code pasted on the results: then and now overlaid, changes of 10 or more listed and kept', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.shortRunToResults(middle);
  const earlier = await resultCode(page, quiz);
  await startOver(quiz);
  await quiz.shortRunToResults(second);

  await expect(quiz.heading('Before and after')).toBeVisible();
  // A bad code is refused in words, then the link form of the right one is read.
  await page.getByLabel('An earlier result code or link').fill('R2garbage');
  await quiz.button('Compare then and now').click();
  await expect(page.locator('.before-after .notice[role="alert"]')).toContainText('This link is incomplete or was changed on the way');
  await page.getByLabel('An earlier result code or link').fill(`http://127.0.0.1:${PORT}/#r=${earlier}`);
  await quiz.button('Compare then and now').click();

  const region = page.getByRole('region', { name: 'Before and after' });
  await expect(region.locator('polygon[data-series="then-lead"]')).toHaveCount(1);
  await expect(region.locator('polygon[data-series="now-manage"]')).toHaveCount(1);
  // Largest first; +25 and −25 in the radar's order (Change before People system).
  await expect(rows(page)).toHaveCount(3);
  const table = await rows(page).evaluateAll((trs) =>
    trs.map((tr) => [tr.dataset.changeDimension, tr.dataset.changePole, tr.dataset.change, tr.innerText.replace(/\s+/g, ' ').trim()]),
  );
  expect(table).toEqual([
    ['direction', 'lead', '50', 'Direction, Vision & Purpose 50 100 +50'],
    ['change', 'manage', '25', 'Change, Stabilizing 50 75 +25'],
    ['people', 'lead', '-25', 'People system, Aligning & Connecting 50 25 \u221225'],
  ]);

  // The earlier code is kept with the results: after a reload the comparison is there again.
  await quiz.reload();
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByLabel('An earlier result code or link')).toHaveValue(`http://127.0.0.1:${PORT}/#r=${earlier}`);
});

/** The content lines of an .ics file, checking each physical line first. */
function unfold(text) {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  const lines = [];
  for (const line of physical) {
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/);
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  return lines;
}

const unescape = (value) => value.replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));

test('the check-in reminder: an .ics for the picked date whose link retakes the form and ends with the comparison', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.shortRunToResults(middle);
  const earlier = await resultCode(page, quiz);

  // No date, or today, is refused in words.
  await quiz.button('Download the reminder (.ics)').click();
  await expect(page.locator('#reminder-error')).toHaveText('Pick a date from tomorrow on.');
  const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Check-in date').fill(day);
  const [download] = await Promise.all([page.waitForEvent('download'), quiz.button('Download the reminder (.ics)').click()]);
  expect(download.suggestedFilename()).toBe(`leadership-radar-check-in-${day}.ics`);
  await expect(page.locator('#reminder-error')).toHaveText('');
  const text = readFileSync(await download.path(), 'utf8');
  const lines = unfold(text);
  const value = (name) => {
    const found = lines.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
    expect(found, name).toHaveLength(1);
    return found[0].slice(found[0].indexOf(':') + 1);
  };
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  expect(value('VERSION')).toBe('2.0');
  expect(value('PRODID')).not.toBe('');
  expect(lines).toContain('BEGIN:VEVENT');
  expect(value('UID')).toMatch(/@leadership-radar\.invalid$/);
  expect(value('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
  expect(lines).toContain(`DTSTART;VALUE=DATE:${day.replaceAll('-', '')}`);
  expect(unescape(value('SUMMARY'))).toBe('Leadership Radar check-in');
  const link = value('URL');
  expect(link).toBe(`http://127.0.0.1:${PORT}/#retake=${earlier}`);
  expect(unescape(value('DESCRIPTION'))).toBe(
    `Time to take the Leadership Radar again. The link below opens the same form with your earlier result code, so your results end with before and after.\n${link}`,
  );

  // The link: the same form from its first statement, the earlier code carried to the end.
  // Opened afresh, as from a calendar (a fragment change alone would not load the page).
  await page.goto('about:blank');
  await page.goto(link);
  await expect(quiz.progress()).toHaveText('1 of 16');
  expect(await page.evaluate(() => location.hash)).toBe('');
  // Often (4) everywhere now: every pole 75, each +25 from 50.
  await quiz.answerItems(() => 'Often', { total: 16 });
  await quiz.button('Skip the scenarios').click();
  await quiz.seeResults();
  await expect(rows(page)).toHaveCount(16);
  expect(await rows(page).evaluateAll((trs) => trs.map((tr) => tr.dataset.change))).toEqual(Array(16).fill('25'));
  await expect(page.getByLabel('An earlier result code or link')).toHaveValue(earlier);
});

test('a check-in link with a code that cannot be read opens the assessment as usual', async ({ page, quiz }) => {
  await page.goto('/#retake=R2garbage');
  await quiz.waitForApp();
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
});

for (const lang of ['en', 'ar']) {
  test(`the before and after section at 320, 360 and 1280 px (${lang})`, async ({ page }) => {
    const quiz = new Quiz(page, lang);
    await quiz.goto();
    await quiz.shortRunToResults(middle);
    const link = await page.evaluate(async () => {
      const button = [...document.querySelectorAll('.results-actions button')][1];
      button.click();
      await new Promise((r) => setTimeout(r, 300));
      return navigator.clipboard.readText();
    });
    const earlier = link.split('#r=')[1];
    await page.evaluate(() => localStorage.clear());
    await quiz.goto();
    await quiz.shortRunToResults((item) => second(item));
    await page.locator('#before-code').fill(earlier);
    await page.locator('.before-form button[type="submit"]').click();
    await expect(rows(page)).toHaveCount(3);
    mkdirSync('/tmp/rel-shots', { recursive: true });
    for (const width of [320, 360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const section = page.locator('.before-after');
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: `/tmp/rel-shots/before-after-${lang}-${width}.png` });
      // Nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
  });
}
