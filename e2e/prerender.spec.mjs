// The pre-rendered first screens (scripts/prerender.mjs, boot.js): on a plain first visit the intro
// and the first statement work before the app's wasm has arrived, and the app takes over what was
// done there (src/effects/prerender.rs); any other visit waits for the app's own first screen.
import { expect } from '@playwright/test';

import { test } from './support/fixtures.mjs';
import { holdRequests } from './support/hold.mjs';
import { Quiz, STORAGE_KEY } from './support/quiz.mjs';

/** Holds the app's wasm download until `release()` is called, so the pre-render is all there is. */
// Both modules: links to results or the team view start the full module instead.
const holdApp = (page) => holdRequests(page, /\/(leadership-radar|full)_bg\.wasm$/);

/** Opens the page with the app held back and presses a pre-rendered start; returns the release. */
async function startBeforeApp(page, quiz, form = 'short') {
  await page.unrouteAll();
  const release = await holdApp(page);
  await page.goto(quiz.address());
  await quiz.button(`Start the ${form} form`).click();
  return release;
}

const prerendered = (page) => page.locator('[data-prerender]');
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { text: el?.textContent?.trim() ?? '', value: el?.getAttribute('value'), inPrerender: !!el?.closest('[data-prerender]') };
  });
const savedAnswers = async (page) => {
  const record = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return record ? record.split('.')[4].replace(/-/g, '') : null;
};

test('the intro and first statement work before the app arrives, and the app keeps the answer', async ({ page, quiz }) => {
  const release = await holdApp(page);
  await page.goto(quiz.address());
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  await expect(prerendered(page)).toBeVisible();
  await expect(page.locator('.boot-splash')).toBeHidden();

  await quiz.button('Start the short form').click();
  const first = quiz.itemGroup();
  // Five choices, and "No opportunity" where the statement describes a situation.
  await expect(first.getByRole('radio')).toHaveCount((await quiz.currentItem()).noOpportunity ? 6 : 5);
  await expect(quiz.progress()).toHaveText('1 of 16');
  // Focus and the announcement, as the app gives them on a start.
  expect(await focused(page)).toMatchObject({ value: '1', inPrerender: true });
  await expect(page.locator('[aria-live]')).toHaveText('Statement 1 of 16');
  const statement = await page.getByRole('heading', { level: 1 }).textContent();
  expect((await quiz.currentItem()).text).toBe(statement);

  await quiz.choice('Often').click();
  await expect(quiz.choice('Often')).toBeChecked();
  // Nothing is saved yet: the app, which keeps progress, has not arrived.
  expect(await savedAnswers(page)).toBeNull();
  await expect(prerendered(page)).toBeVisible();

  release();
  await expect(quiz.progress()).toHaveText('2 of 16');
  await expect(prerendered(page)).toHaveCount(0);
  expect(await savedAnswers(page)).toBe('4');
  // Focus moved on with the screen, as after any answer.
  expect(await focused(page)).toMatchObject({ value: '1', inPrerender: false });
  await quiz.button('Back').click();
  await expect(quiz.progress()).toHaveText('1 of 16');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(statement);
  await expect(quiz.choice('Often')).toBeChecked();
});

test('before the app, Enter starts and a number key answers; the full form has its own first statement', async ({ page, quiz }) => {
  const release = await holdApp(page);
  await page.goto(quiz.address());
  const start = quiz.button('Start the full form');
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(quiz.progress()).toHaveText('1 of 48');
  await page.keyboard.press('3');
  await expect(quiz.choice('Sometimes')).toBeChecked();
  expect(await focused(page)).toMatchObject({ value: '3', inPrerender: true });
  const statement = await page.getByRole('heading', { level: 1 }).textContent();

  release();
  await expect(quiz.progress()).toHaveText('2 of 48');
  expect(await savedAnswers(page)).toBe('3');
  await quiz.button('Back').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(statement);
  await expect(quiz.choice('Sometimes')).toBeChecked();
});

test('before the app, arrow keys only select, as in the app; Enter then answers', async ({ page, quiz }) => {
  const release = await startBeforeApp(page, quiz);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(quiz.choice('Sometimes')).toBeChecked();
  release();
  await expect(prerendered(page)).toHaveCount(0);
  // Still on the first statement, with the selection kept (and saved) and the focus on it.
  await expect(quiz.progress()).toHaveText('1 of 16');
  await expect(quiz.choice('Sometimes')).toBeChecked();
  expect(await focused(page)).toMatchObject({ value: '3', inPrerender: false });
  expect(await savedAnswers(page)).toBe('3');
  await page.keyboard.press('Enter');
  await expect(quiz.progress()).toHaveText('2 of 16');

  // Enter on the pre-render makes the selection the answer.
  await page.evaluate(() => localStorage.clear());
  const again = await startBeforeApp(page, quiz);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(quiz.choice('Rarely')).toBeChecked();
  again();
  await expect(quiz.progress()).toHaveText('2 of 16');
  expect(await savedAnswers(page)).toBe('2');
  expect(await focused(page)).toMatchObject({ value: '1', inPrerender: false });
});

test.describe(() => {
  test.use({ knownConsoleErrors: [/^Failed to load resource/] });
  test('without early.js the pre-render stays hidden and the app starts as before', async ({ page, quiz }) => {
    await page.route('**/early.js', (route) => route.abort());
    const release = await holdApp(page);
    await page.goto(quiz.address());
    await expect(page.locator('.boot-splash')).toBeVisible();
    await expect(prerendered(page)).toBeHidden();
    release();
    await expect(prerendered(page)).toHaveCount(0);
    await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
    await quiz.start('short');
    await expect(quiz.progress()).toHaveText('1 of 16');
  });
});

test('the focus stays on the same control when the app takes over', async ({ page, quiz }) => {
  const release = await holdApp(page);
  await page.goto(quiz.address());
  await expect(quiz.button('Start the full form')).toBeVisible();
  // A keyboard user tabs to the second start button while the app loads.
  for (let i = 0; i < 30 && (await focused(page)).text !== 'Start the full form'; i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ text: 'Start the full form', inPrerender: true });

  release();
  await expect(prerendered(page)).toHaveCount(0);
  await expect.poll(() => focused(page)).toMatchObject({ text: 'Start the full form', inPrerender: false });
  // The app's first effects ran: early.js no longer stands in for them.
  await expect(page.locator('html')).not.toHaveClass(/\bprerendered\b/);
  await page.keyboard.press('Enter');
  await expect(quiz.progress()).toHaveText('1 of 48');
});

test('a double-click on a pre-rendered start answers nothing', async ({ page, quiz }) => {
  const release = await holdApp(page);
  await page.goto(quiz.address());
  await quiz.button('Start the short form').dblclick();
  await expect(quiz.progress()).toHaveText('1 of 16');
  // Wherever the second click lands: one on an option is swallowed (a click's detail counts the
  // clicks of a double-click).
  // (A synthetic click checks a radio like a real one, unless the guard cancels it.)
  await quiz.choice('Often').dispatchEvent('click', { detail: 2 });
  await expect(quiz.itemGroup().getByRole('radio', { checked: true })).toHaveCount(0);
  release();
  await expect(prerendered(page)).toHaveCount(0);
  await expect(quiz.progress()).toHaveText('1 of 16');
  await expect(quiz.itemGroup().getByRole('radio', { checked: true })).toHaveCount(0);
});

// Yew can paint its first render a frame before it runs the effects that install the app's own
// number keys and double-click guard. That frame cannot be caught on demand, so this test makes it:
// with the app held back, the pre-render is swapped for the statement's markup as the app's first
// render leaves it, and early.js must stand in until the app's first effect drops the class.
test('between the app\'s first render and its effects, early.js stands in for its keys', async ({ page, quiz }) => {
  const release = await startBeforeApp(page, quiz);
  await expect(quiz.progress()).toHaveText('1 of 16');
  await page.evaluate(() => {
    const prerender = document.querySelector('[data-prerender]');
    prerender.replaceWith(...prerender.childNodes);
    window.changes = [];
    document.addEventListener('change', (event) => window.changes.push(event.target.value));
  });
  await expect(prerendered(page)).toHaveCount(0);
  await expect(page.locator('html')).toHaveClass(/\bprerendered\b/);

  // A double-click's second click answers nothing; a number key answers as a click would.
  await quiz.choice('Sometimes').dispatchEvent('click', { detail: 2 });
  await expect(quiz.itemGroup().getByRole('radio', { checked: true })).toHaveCount(0);
  await page.keyboard.press('4');
  await expect(quiz.choice('Often')).toBeChecked();
  expect(await page.evaluate(() => window.changes)).toEqual(['4']);

  // Once the app's effects are in, the keys are the app's alone.
  await page.evaluate(() => document.documentElement.classList.remove('prerendered'));
  await page.keyboard.press('2');
  await expect(quiz.choice('Often')).toBeChecked();
  expect(await page.evaluate(() => window.changes)).toEqual(['4']);
  release();
});

test('the pre-rendered screens are the app\'s own first render, control for control', async ({ page, quiz }) => {
  // What the pre-render adds for the time before the app: marks on the start buttons and inert
  // controls, which the comparison leaves out.
  const markup = (selector) =>
    page.evaluate((s) => {
      const copy = document.querySelector(s).cloneNode(true);
      copy.querySelectorAll('template, .boot-splash').forEach((e) => e.remove());
      copy.querySelectorAll('[inert]').forEach((e) => e.removeAttribute('inert'));
      copy.querySelectorAll('[data-prerender-start]').forEach((e) => e.removeAttribute('data-prerender-start'));
      return copy.innerHTML;
    }, selector);
  for (const started of [null, 'short', 'full']) {
    await page.unrouteAll();
    const release = await holdApp(page);
    await page.goto(quiz.address());
    await expect(prerendered(page)).toBeVisible();
    if (started) await quiz.button(`Start the ${started} form`).click();
    const before = await markup('[data-prerender]');
    release();
    await expect(prerendered(page)).toHaveCount(0);
    expect(await markup('#app')).toBe(before);
    await page.evaluate(() => localStorage.clear());
  }
});

const OTHER_VISITS = [
  { visit: 'saved progress', saved: true, then: (quiz) => expect(quiz.progress()).toHaveText('2 of 16') },
  { visit: 'a URL setting', address: '?form=full', then: async (quiz) => {
    await expect(quiz.button('Start the full form')).toBeVisible();
    await expect(quiz.button('Start the short form')).toHaveCount(0);
  } },
  { visit: 'a link to the team view', address: '#team', then: (quiz) => expect(quiz.heading('Team view')).toBeVisible() },
  { visit: 'a browser in French', locale: 'fr-FR', then: (quiz) => expect(quiz.page.locator('html')).toHaveAttribute('lang', 'fr') },
];
for (const { visit, address = '', saved, locale = 'en-US', then } of OTHER_VISITS) {
  test.describe(() => {
    test.use({ locale });
    test(`on ${visit}, the splash waits for the app's own first screen instead of the English intro`, async ({ page }) => {
      const quiz = new Quiz(page);
      if (saved) {
        await quiz.goto();
        await quiz.start('short');
        await quiz.answerCurrent('Often');
        await expect(quiz.progress()).toHaveText('2 of 16');
      }
      const release = await holdApp(page);
      await page.goto(`/${address}`);
      await expect(page.locator('.boot-splash')).toBeVisible();
      await expect(prerendered(page)).toBeHidden();
      await expect(page.getByRole('button', { name: 'Start the short form' })).toHaveCount(0);
      release();
      await expect(prerendered(page)).toHaveCount(0);
      await then(quiz);
    });
  });
}
