// The real app embedded across two sites (a portal on lms.test, the quiz on quiz.test): the trusted
// host gets ready, resize, progress and completed; a page not in parentOrigin gets only ready and
// resize and cannot reset it; H5P's resizer protocol sizes it; with third-party storage blocked the
// quiz completes in memory and its resume code restores it in another browser context.
import { expect } from '@playwright/test';

import { CHROMIUM, CHROMIUM_ARGS } from './support/chromium.mjs';
import { test } from './support/fixtures.mjs';
import { Quiz } from './support/quiz.mjs';
import { PAGES_PORT, PORT } from '../playwright.config.mjs';

const LMS = `http://lms.test:${PAGES_PORT}`;
const QUIZ = `http://quiz.test:${PORT}`;

test.use({
  launchOptions: {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP lms.test 127.0.0.1, MAP quiz.test 127.0.0.1'],
  },
});

/** A portal page at `portalOrigin` embedding the quiz with these quiz parameters, via embed.js. */
function portalUrl(portalOrigin, quizParams) {
  const quiz = `${QUIZ}/?${new URLSearchParams(quizParams)}`;
  return `${portalOrigin}/portal.html?${new URLSearchParams({ quiz, embed: `${QUIZ}/embed.js` })}`;
}

/** The protocol messages the portal received from the iframe, in order. */
const ours = (page) =>
  page.evaluate(() => window.messages.filter((m) => m.data?.source === 'leadership-radar'));
const types = async (page) => [...new Set((await ours(page)).map((m) => m.data.type))];

/** The iframe's height on the portal page, and the height of the document inside it. */
async function heights(page) {
  const frame = page.frame({ url: /^http:\/\/quiz\.test/ });
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  // clientHeight: the frame's own viewport, without its border.
  const box = await page.evaluate(() => document.getElementById('quiz').clientHeight);
  return { content, box };
}

async function expectSized(page) {
  await expect
    .poll(async () => {
      const { content, box } = await heights(page);
      return Math.abs(content - box) <= 1;
    }, { message: 'the iframe is as tall as its content (within 1 px)' })
    .toBe(true);
}

test('a trusted cross-site host gets ready, resize, progress and completed, and can reset', async ({ page }) => {
  await page.goto(portalUrl(LMS, { parentOrigin: LMS, id: 'frame-1' }));
  const quiz = new Quiz(page.frameLocator('#quiz'));
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();

  await expect.poll(() => types(page)).toContain('ready');
  const [ready] = await ours(page);
  // Third-party storage is blocked in a fresh Chromium profile: the app says so in `ready`.
  expect(ready.data).toMatchObject({ v: 1, id: 'frame-1', type: 'ready', storage: 'memory', lms: 'none' });
  expect(ready.origin).toBe(QUIZ);
  await expectSized(page);
  const introHeight = (await heights(page)).box;

  await quiz.start('short');
  await quiz.answerItems(() => 4, { total: 16, to: 3 });
  await expect
    .poll(async () => (await ours(page)).filter((m) => m.data.type === 'progress').at(-1)?.data)
    .toMatchObject({ id: 'frame-1', answered: 3, total: 24 });
  // The item screen is shorter than the intro: the frame shrank with it.
  await expectSized(page);
  expect((await heights(page)).box).toBeLessThan(introHeight);

  await quiz.answerItems(() => 4, { total: 16, from: 4 });
  await quiz.button('Skip the scenarios').click();
  await quiz.seeResults();
  await expect.poll(() => types(page)).toContain('completed');
  const completed = (await ours(page)).filter((m) => m.data.type === 'completed');
  expect(completed).toHaveLength(1);
  const scores = completed[0].data;
  expect(scores).toMatchObject({ id: 'frame-1', form: 'short', agility: null, switchedHats: null });
  expect(['leading-manager', 'visionary-without-traction', 'steady-operator', 'foundation-builder']).toContain(scores.archetype);
  // The host's numbers are the page's: the page shows each index rounded to 5.
  const round5 = (v) => Math.round(v / 5) * 5;
  const frame = page.frameLocator('#quiz');
  await expect(frame.locator('.stat-leading dd')).toHaveText(String(round5(scores.leadership)));
  await expect(frame.locator('.stat-managing dd')).toHaveText(String(round5(scores.management)));
  expect(completed[0].data.dimensions).toHaveLength(8);
  expect(JSON.stringify(completed[0].data)).not.toMatch(/LR1|answers/);
  // embed.js re-dispatched it as a DOM event on the iframe.
  await expect.poll(() => page.evaluate(() => window.events.map(([type]) => type))).toContain('completed');
  await expectSized(page);

  // The host may reset the quiz.
  await page.evaluate(() => window.sendToQuiz({ source: 'leadership-radar', v: 1, type: 'reset' }));
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  // storage=auto, not host: no state messages ever.
  expect(await types(page)).not.toContain('state');
});

test('ready comes first, even to a host that asks for the size before the app has run', async ({ page }) => {
  // The portal asks again and again from the moment the frame exists, as a host whose script runs
  // early may: the answer to an early ask must not overtake `ready`.
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const timer = setInterval(() => {
      const frame = document.getElementById('quiz');
      if (!frame) return;
      frame.contentWindow?.postMessage({ source: 'leadership-radar', v: 1, type: 'requestSize' }, new URL(frame.src).origin);
      if (window.messages?.some((m) => m.data?.type === 'ready')) clearInterval(timer);
    }, 1);
  });
  await page.goto(portalUrl(LMS, { parentOrigin: LMS, id: 'early' }));
  await expect.poll(() => types(page)).toContain('ready');
  expect((await ours(page))[0].data).toMatchObject({ type: 'ready', id: 'early' });
  await expectSized(page);
});

test('a page not in parentOrigin gets only ready and resize, and its commands are ignored', async ({ page }) => {
  // Served from localhost: another site than lms.test, though it names lms.test as parent.
  await page.goto(portalUrl(`http://localhost:${PAGES_PORT}`, { parentOrigin: LMS, id: 'x' }));
  const quiz = new Quiz(page.frameLocator('#quiz'));
  await quiz.start('short');
  await quiz.answerItems(() => 3, { total: 16, to: 2 });
  await page.evaluate(() => {
    window.sendToQuiz({ source: 'leadership-radar', v: 1, type: 'reset' });
    window.sendToQuiz({ source: 'leadership-radar', v: 1, type: 'init', state: 'LR1.s.i.p0' });
  });
  await page.waitForTimeout(500);
  await expect(quiz.progress()).toHaveText('3 of 16');
  await quiz.answerItems(() => 3, { total: 16, from: 3 });
  await quiz.button('Skip the scenarios').click();
  await quiz.seeResults();
  await page.waitForTimeout(500);
  expect(await types(page)).toEqual(['ready', 'resize']);
  await expectSized(page);
});

test('H5P host pages size it with their own resizer protocol', async ({ page }) => {
  await page.goto(`${LMS}/h5p-host.html?quiz=${encodeURIComponent(`${QUIZ}/`)}`);
  const quiz = new Quiz(page.frameLocator('#quiz'));
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.h5pLog)).toContain('hello');
  await expectSized(page);
  // The frame was made full width, as h5p-resizer.js does on hello.
  expect(await page.evaluate(() => document.getElementById('quiz').style.width)).toBe('100%');
  const before = (await heights(page)).box;
  await quiz.start('short');
  await expectSized(page);
  expect((await heights(page)).box).not.toBe(before);
});

test('with storage blocked the quiz completes, and its resume code restores it in a new context', async ({ page, browser }) => {
  await page.goto(portalUrl(LMS, { parentOrigin: LMS }));
  const frame = page.frameLocator('#quiz');
  const quiz = new Quiz(frame);
  await expect(quiz.notice()).toHaveAttribute('data-notice', 'StorageUnavailable');
  await quiz.start('short');
  await quiz.answerItems((item, position) => (position % 5) + 1, { total: 16, to: 5 });
  await frame.getByText('Keep a resume code').click();
  const midway = await frame.getByRole('textbox', { name: 'Your resume code' }).inputValue();
  expect(midway).toMatch(/^LR2\.s\.q5\./);

  await quiz.answerItems((item, position) => (position % 5) + 1, { total: 16, from: 6 });
  await quiz.button('Skip the scenarios').click();
  await quiz.seeResults();
  const finalCode = await frame.getByRole('textbox', { name: 'Your resume code' }).inputValue();
  const summary = await frame.locator('.pattern-card').textContent();

  // Another browser context each time: nothing shared with the first.
  const midwayContext = await browser.newContext();
  const fresh = await midwayContext.newPage();
  const restored = new Quiz(fresh);
  await fresh.goto(`${QUIZ}/`);
  await restored.waitForApp();
  await fresh.getByText('Have a resume code?').click();
  const field = fresh.getByRole('textbox', { name: 'Resume code' });
  const submit = fresh.getByRole('button', { name: 'Continue from the code' });
  // An empty or damaged code is refused with a reason.
  await submit.click();
  await expect(fresh.getByRole('alert')).toHaveText('Paste a resume code first.');
  await field.fill(midway.slice(0, -1) + (midway.endsWith('0') ? '1' : '0'));
  await submit.click();
  await expect(fresh.getByRole('alert')).toHaveText('This code is incomplete or mistyped. Copy it again, all of it.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  // White space from an email's line breaks does not matter.
  await field.fill(`  ${midway.slice(0, 20)}\n${midway.slice(20)} `);
  await submit.click();
  await expect(restored.progress()).toHaveText('6 of 16');
  await expect(restored.notice()).toHaveAttribute('data-notice', 'Restored');
  await midwayContext.close();

  const finalContext = await browser.newContext();
  const last = await finalContext.newPage();
  await last.goto(`${QUIZ}/`);
  await last.getByText('Have a resume code?').click();
  await last.getByRole('textbox', { name: 'Resume code' }).fill(finalCode);
  await last.getByRole('button', { name: 'Continue from the code' }).click();
  await expect(new Quiz(last).heading('Your results')).toBeVisible();
  expect(await last.locator('.pattern-card').textContent()).toBe(summary);
  await finalContext.close();
});

test('storage=host: state goes to the host after each answer and comes back with init', async ({ page }) => {
  await page.goto(portalUrl(LMS, { parentOrigin: LMS, storage: 'host', id: 'h' }));
  const quiz = new Quiz(page.frameLocator('#quiz'));
  await expect.poll(() => types(page)).toContain('ready');
  expect((await ours(page))[0].data).toMatchObject({ type: 'ready', storage: 'host' });
  // The host keeps it: no storage warning, no resume code.
  await expect(page.frameLocator('#quiz').locator('[data-notice]')).toHaveCount(0);
  await quiz.start('full');
  await quiz.answerItems(() => 2, { total: 48, to: 4 });
  await expect
    .poll(async () => (await ours(page)).filter((m) => m.data.type === 'state').at(-1)?.data.data)
    .toMatch(/^LR2\.f\.q4\./);
  const state = (await ours(page)).filter((m) => m.data.type === 'state').at(-1).data.data;
  await expect(page.frameLocator('#quiz').getByText('Keep a resume code')).toHaveCount(0);

  // A new visit: the host hands the state back, and the quiz continues where it was.
  await page.goto(portalUrl(LMS, { parentOrigin: LMS, storage: 'host', id: 'h' }));
  const again = new Quiz(page.frameLocator('#quiz'));
  await expect.poll(() => types(page)).toContain('ready');
  await page.evaluate((s) => window.sendToQuiz({ source: 'leadership-radar', v: 1, type: 'init', state: s }), state);
  await expect(again.progress()).toHaveText('5 of 48');
});
