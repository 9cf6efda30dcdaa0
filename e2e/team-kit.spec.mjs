// The team view as a workshop kit (issue 19, parts 4 and 6): the codes kept across a reload on this
// device and forgotten on request; a printout with the team's charts and table but never a code or
// a link; the form mix and agility on the page; a large paste or file cut quickly, and said; the
// QR codes (the assessment's link for the room, the rater link on the results) decoded back.
import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { decodeQr } from './support/qr.mjs';
import { codeOf } from './support/codes.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Opens the team view. */
async function openTeam(page) {
  await page.goto('/#team');
  await expect(page.getByRole('heading', { name: 'Team view', level: 1 })).toBeVisible();
}

const field = (page) => page.getByRole('textbox', { name: 'Result codes or links' });

test('codes survive a reload, print without a code or a link, and are forgotten', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const codes = [await codeOf(browser, 2), await codeOf(browser, 4)];
  await openTeam(page);
  await field(page).fill(`Chat transcript\nAna: https://example.org/app/#r=${codes[0]}\nBen: ${codes[1]}\nR1AAAAAAAA`);
  await page.getByRole('button', { name: 'Show the team' }).click();
  await expect(page.getByText('Results in this team view: 2.')).toBeVisible();
  await expect(page.locator('.team-forms')).toHaveText('Forms in this team view: short 2, full 0.');
  await expect(page.locator('.team-agility')).toHaveText(/No one in this team view took the scenarios/);
  await expect(page.locator('[data-forms="mixed"]')).toHaveCount(0);
  // The team map: a dot per person read (not the refused code), where their indices put it
  // (every answer 2 gives 25 on both indices, every answer 4 gives 75), with the four patterns'
  // names; a strip per pole with a dot per person; no code in any of it.
  const dots = page.locator('.team-map circle.team-dot');
  await expect(dots).toHaveCount(2);
  const placed = await dots.evaluateAll((all) =>
    all.map((d) => [d.dataset.leadership, d.dataset.management, Number(d.getAttribute('cx')), Number(d.getAttribute('cy'))]));
  expect(placed).toEqual([['25', '25', 25, 75], ['75', '75', 75, 25]]);
  await expect(page.locator('.team-map [data-quadrant]')).toHaveText(
    ['Leading and Managing', 'Vision Without Traction', 'Steady Operation', 'Foundations in Progress']);
  await expect(page.getByRole('img', { name: /^Team map: one dot per person/ })).toBeVisible();
  await expect(page.locator('.team-strip')).toHaveCount(16);
  for (const strip of await page.locator('.team-strip').all()) {
    await expect(strip.locator('circle.team-dot')).toHaveCount(2);
  }
  const mapHtml = await page.locator('.team-map, .team-strips').evaluateAll((all) => all.map((e) => e.outerHTML).join(''));
  for (const code of codes) expect(mapHtml).not.toContain(code);

  // A reload on this device puts the codes back and shows the team again (the codes alone: no link).
  await page.reload();
  await expect(page.getByText('Results in this team view: 2.')).toBeVisible();
  await expect(field(page)).toHaveValue(`${codes[0]}\n${codes[1]}\nR1AAAAAAAA`);
  await expect(page.getByText('kept in this browser, on this device only')).toBeVisible();

  // The printout: the charts and the table, and no code, link or paste area anywhere.
  await expect(page.getByRole('button', { name: "Print the team's results" })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(field(page)).toBeHidden();
  await expect(page.locator('.team .radar-svg')).toBeVisible();
  await expect(page.locator('.team-table')).toBeVisible();
  await expect(page.locator('.team-map-svg')).toBeVisible();
  const printed = await page.evaluate(() => document.body.innerText);
  expect(printed).toContain('Results in this team view: 2.');
  for (const code of [...codes, 'R1AAAAAAAA']) expect(printed).not.toContain(code);
  expect(printed).not.toMatch(/https?:|#r=|R1[A-Za-z0-9_-]{6}/);
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  for (const code of codes) expect(pdf).not.toContain(code);
  await page.emulateMedia({ media: 'screen' });

  // "Forget these codes" empties the field and the page, and the next reload finds nothing.
  await page.getByRole('button', { name: 'Forget these codes' }).click();
  await expect(field(page)).toHaveValue('');
  await expect(field(page)).toBeFocused();
  await expect(page.locator('.team-results')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Forget these codes' })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('leadership-radar.team-codes'))).toBeNull();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Team view', level: 1 })).toBeVisible();
  await expect(field(page)).toHaveValue('');
  await expect(page.locator('.team-results')).toHaveCount(0);
});

test('a large file or paste is cut quickly and the page says so', async ({ page }) => {
  await openTeam(page);
  // 1 MB of codes separated by U+200F, dropped on the paste area: only codes come into the field,
  // from the file's first 100,000 bytes, and the page stays responsive.
  const started = Date.now();
  await page.evaluate(() => {
    const junk = Array.from({ length: 80_000 }, (_, i) => `R1${String(i).padStart(8, '0')}`).join('\u200F');
    const data = new DataTransfer();
    data.items.add(new File([junk], 'codes.txt', { type: 'text/plain' }));
    document.getElementById('team-codes').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.locator('[data-cut]')).toHaveText(/what came after it was not read/);
  expect(Date.now() - started).toBeLessThan(5_000);
  const value = await field(page).inputValue();
  expect(value.length).toBeLessThanOrEqual(100_000);
  expect(value).not.toContain('\u200F');
  expect(value.split('\n').every((line) => /^R1\d{8}$/.test(line))).toBe(true);
  // Past the 500 read, the rest of the file's codes are "not read", a number bounded by the cut.
  const notRead = Number((await page.getByText(/codes not read: \d+\./).textContent()).match(/(\d+)\.$/)[1]);
  expect(notRead).toBeGreaterThan(0);
  expect(notRead).toBeLessThan(10_000);

  // A 300 KB paste: the field takes 100,000 characters at most, and the page says it was cut.
  await page.getByRole('button', { name: 'Forget these codes' }).click();
  await field(page).fill('x\u202E'.repeat(150_000));
  expect((await field(page).inputValue()).length).toBeLessThanOrEqual(100_000);
  await page.getByRole('button', { name: 'Show the team' }).click();
  await expect(page.locator('[data-cut]')).toBeVisible();
  await expect(page.getByText('Results in this team view: 0.')).toBeVisible();
});

for (const lang of ['en', 'ar']) {
  test(`the team view at 320, 360 and 1280 px in ${lang}: no sideways scroll (screenshots to /tmp/kit-shots)`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    const codes = [await codeOf(browser, 2), await codeOf(browser, 3), await codeOf(browser, 5)];
    await page.goto(`/?lang=${lang}#team`);
    await expect(page.locator('#team-codes')).toBeVisible();
    await page.locator('#team-codes').fill(codes.join('\n'));
    await page.locator('.team-form button[type=submit]').click();
    await expect(page.locator('.team-map circle.team-dot')).toHaveCount(3);
    for (const width of [320, 360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(scroll, `no sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
      if (process.env.KIT_SHOTS) {
        await page.screenshot({ path: `/tmp/kit-shots/team-${lang}-${width}.png`, fullPage: true });
        for (const part of ['team-room', 'team-map', 'team-strips']) {
          await page.locator(`.${part}`).screenshot({ path: `/tmp/kit-shots/${part}-${lang}-${width}.png` });
        }
      }
    }
  });
}

test('the QR codes decode to their links: the room\'s in the team view, the rater link on the results', async ({ page, quiz }) => {
  await page.goto('/?lang=en#team');
  const room = page.locator('.team-room');
  await expect(room.getByRole('img', { name: 'QR code that opens the assessment' })).toBeVisible();
  const address = page.url().split('#')[0];
  await expect(room.locator('.qr-link')).toHaveText(address);
  expect(await decodeQr(room.locator('svg.qr-svg'))).toBe(address);
  // Not on paper: the printout has no link.
  await page.emulateMedia({ media: 'print' });
  await expect(room).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await quiz.goto();
  await quiz.shortRunToResults(() => 'Sometimes');
  await page.getByRole('textbox', { name: 'Your first name (optional)' }).fill('Ana');
  await quiz.button('Make a rater link').click();
  const linkField = page.getByRole('textbox', { name: /^Your rater link/ });
  await expect(linkField).toHaveValue(/#rate=I1[A-Za-z0-9_-]+$/);
  const link = await linkField.inputValue();
  const ask = page.locator('.ask-colleagues');
  await expect(ask.getByRole('img', { name: 'QR code that opens the link for colleagues' })).toBeVisible();
  await expect(ask.locator('.qr-link')).toHaveText(link);
  expect(await decodeQr(ask.locator('svg.qr-svg'))).toBe(link);
});

test('a saved rater note of megabytes is read up to the cap at every results load', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.shortRunToResults(() => 'Sometimes');
  await quiz.button('Make a rater link').click();
  await expect(page.getByRole('textbox', { name: /^Your rater link/ })).toHaveValue(/#rate=I1/);
  // 3 MB of junk codes separated by U+200F, as a note left by an earlier version.
  await page.evaluate(() => {
    const junk = Array.from({ length: 270_000 }, (_, i) => `R2${String(i).padStart(8, '0')}`).join('\u200F');
    localStorage.setItem('leadership-radar.session.rater-codes', junk);
  });
  const started = Date.now();
  await page.reload();
  const codes = page.locator('#ask-codes');
  await expect(codes).toBeVisible();
  await expect(page.locator('.ask-colleagues .comparison')).toBeVisible();
  expect(Date.now() - started).toBeLessThan(8_000);
  expect((await codes.inputValue()).length).toBeLessThanOrEqual(100_000);
});
