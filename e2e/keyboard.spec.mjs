// The whole short form by keyboard alone: Tab/Enter on buttons, digit keys to answer, arrow keys
// that only move the selection, and a visible focus indicator along the way. No mouse is used.
import { test, expect } from './support/fixtures.mjs';

/** A short description of the focused element: tag, accessible label or text, and outline style. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'BODY', name: '', outline: 'none' };
    const style = getComputedStyle(el);
    const name =
      el.getAttribute('aria-label') ??
      (el.labels && el.labels[0] ? el.labels[0].innerText : el.innerText ?? el.textContent ?? '').trim();
    return {
      tag: el.tagName,
      type: el.getAttribute('type'),
      name: name.trim(),
      outline: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      focusVisible: el.matches(':focus-visible'),
    };
  });
}

/** Presses Tab until the focused element's name is `name`; fails after `max` presses. */
async function tabTo(page, name, max = 40) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.name === name) return now;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Asserts that the focused element shows a focus indicator (a non-"none" outline). */
async function expectVisibleFocus(page, what) {
  const now = await focused(page);
  expect(now.tag, `${what}: something is focused`).not.toBe('BODY');
  expect(now.outline, `${what}: outline of the focused ${now.tag} "${now.name}"`).not.toBe('none');
  expect(parseFloat(now.outlineWidth), `${what}: outline width`).toBeGreaterThan(0);
  return now;
}

test.describe('keyboard', () => {
  test('keyboard only: start, answer with digits and arrows, skip scenarios, see results', async ({ page, quiz }) => {
    await quiz.goto();
    await expect(quiz.heading('Am I leading or managing?')).toBeVisible();

    // ---- intro: Tab to the short-form button, Enter
    const start = await tabTo(page, 'Start the short form');
    expect(start.tag).toBe('BUTTON');
    await expect(quiz.button('Start the short form')).toBeFocused();
    await expectVisibleFocus(page, 'Start button');
    await page.keyboard.press('Enter');
    await expect(quiz.progress()).toHaveText('1 of 16');

    // ---- items 1-5 with digit keys (the answer moves on at once)
    // What each item got, to check the table at the end: [item, value 1-5].
    const answered = [];
    const digits = ['4', '3', '5', '2', '4'];
    for (let i = 0; i < digits.length; i += 1) {
      await expect(quiz.progress()).toHaveText(`${i + 1} of 16`);
      answered.push([await quiz.currentItem(), Number(digits[i])]);
      await page.keyboard.press(digits[i]);
      await expect(quiz.progress()).toHaveText(`${i + 2} of 16`);
    }
    // Focus moved to the new item's first choice, and shows.
    const onItem = await expectVisibleFocus(page, 'item 6 after a digit key');
    expect(onItem.tag).toBe('INPUT');
    expect(onItem.type).toBe('radio');

    // ---- item 6: arrows only move the selection; Enter goes on
    const sixth = await quiz.currentItem();
    await expect(quiz.choice('Never')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(quiz.choice('Rarely')).toBeChecked();
    await expect(quiz.choice('Rarely')).toBeFocused();
    // Still on item 6: the arrow did not move on by itself (give a late render the chance to happen).
    await page.waitForTimeout(300);
    await expect(quiz.progress()).toHaveText('6 of 16');
    expect((await quiz.currentItem()).id).toBe(sixth.id);
    await page.keyboard.press('ArrowRight');
    await expect(quiz.choice('Sometimes')).toBeChecked();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(quiz.choice('Never')).toBeChecked();
    await page.waitForTimeout(300);
    await expect(quiz.progress()).toHaveText('6 of 16');
    await expectVisibleFocus(page, 'item 6 after arrows');
    // The selection counts as an answer: Next is enabled, and Enter goes on.
    await expect(quiz.button('Next')).toBeEnabled();
    await page.keyboard.press('Enter');
    await expect(quiz.progress()).toHaveText('7 of 16');
    answered.push([sixth, 1]);

    // ---- items 7-16 with digit keys
    for (let position = 7; position <= 16; position += 1) {
      await expect(quiz.progress()).toHaveText(`${position} of 16`);
      answered.push([await quiz.currentItem(), 3]);
      await page.keyboard.press('3');
    }

    // ---- the bridge: Tab to "Skip the scenarios", Enter
    await expect(quiz.heading('Switching hats')).toBeVisible();
    await tabTo(page, 'Skip the scenarios');
    await expect(quiz.button('Skip the scenarios')).toBeFocused();
    await expectVisibleFocus(page, 'Skip the scenarios');
    await page.keyboard.press('Enter');

    // ---- review: the arrow-chosen answer was kept; Tab to "See my results", Enter
    await expect(quiz.heading('Review your answers')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: sixth.text })).toContainText('Never');
    await expect(page.getByRole('button', { name: /^Change answer \d+$/ })).toHaveCount(16);
    // Tabbing passes the "Change" buttons, each with its visible focus indicator.
    const change = await tabTo(page, 'Change answer 1');
    expect(change.tag).toBe('BUTTON');
    await expectVisibleFocus(page, 'Change answer 1');
    await tabTo(page, 'See my results');
    await expect(quiz.button('See my results')).toBeFocused();
    await expectVisibleFocus(page, 'See my results');
    await page.keyboard.press('Enter');

    // ---- results
    await expect(quiz.heading('Your results')).toBeVisible();
    await expect(quiz.heading('Your results')).toBeFocused();
    await tabTo(page, 'Print or save as PDF', 80);
    await expectVisibleFocus(page, 'Print button');
    // Each short-form pole has one positively keyed item, so its score is 100*(v-1)/4 of that one answer:
    // 1 (Never) -> 0, 2 -> 25, 3 -> 50, 4 -> 75, 5 -> 100.
    const SINGLE_ANSWER_SCORE = { 1: '0', 2: '25', 3: '50', 4: '75', 5: '100' };
    expect(new Set(answered.map(([item]) => item.id)).size).toBe(16);
    for (const [item, value] of answered) {
      expect(item.key).toBe('positive');
      await expect(quiz.cell(item.dimension, item.pole), item.id).toHaveText(SINGLE_ANSWER_SCORE[value]);
    }
  });
});

// Regression: the digit-key listener must not be passive, or its preventDefault logs a console error.
test(
  'digit keys answer without logging console errors',
  async ({ page, quiz }) => {
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await quiz.goto();
    await quiz.start('short');
    for (const [position, digit] of [[1, '1'], [2, '2'], [3, '3'], [4, '4'], [5, '5']]) {
      await expect(quiz.progress()).toHaveText(`${position} of 16`);
      await page.keyboard.press(digit);
    }
    await expect(quiz.progress()).toHaveText('6 of 16');
    expect(errors).toEqual([]);
  },
);

test('number keys can be turned off (WCAG 2.1.4), and the choice is remembered', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.start('short');
  await page.getByRole('button', { name: 'Turn off number keys' }).click();
  await expect(page.getByText('Arrow keys move within the choices, Enter goes on.')).toBeVisible();
  await page.keyboard.press('3');
  await expect(quiz.progress()).toHaveText('1 of 16');
  await expect(quiz.choice(3)).not.toBeChecked();
  await quiz.reload();
  await expect(page.getByRole('button', { name: 'Turn on number keys' })).toBeVisible();
  await page.keyboard.press('4');
  await expect(quiz.progress()).toHaveText('1 of 16');
  await page.getByRole('button', { name: 'Turn on number keys' }).click();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('4');
  await expect(quiz.progress()).toHaveText('2 of 16');
});

/**
 * Tabs through the whole page once and returns, for every stop, whether it shows a focus ring and
 * whether anything covers it; also lists the visible controls Tab never reached.
 */
async function tabThroughPage(page, max = 200) {
  await page.evaluate(() => {
    document.querySelectorAll('[data-tab-seen]').forEach((el) => el.removeAttribute('data-tab-seen'));
    // Start from the top of the page, as a fresh Tab would.
    const start = Object.assign(document.createElement('span'), { tabIndex: -1, id: 'tab-start' });
    document.body.prepend(start);
    start.focus();
  });
  const stops = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      // A date field stops once per part (month, day, year): the same element, not the end.
      if (el.hasAttribute('data-tab-seen')) return el.matches('input[type=date]') ? { part: true } : { again: true };
      el.setAttribute('data-tab-seen', '');
      const r = el.getBoundingClientRect();
      const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      // A radio's ring is drawn on its option box (:has(:focus-visible)); anything else on itself.
      const ringed = el.matches('input[type=radio]') ? el.closest('label') ?? el : el;
      const style = getComputedStyle(ringed);
      return {
        name: (el.getAttribute('aria-label') ?? el.labels?.[0]?.innerText ?? el.innerText ?? el.tagName).trim().slice(0, 40),
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        uncovered: !!at && (el === at || el.contains(at) || at.contains(el) || at === ringed || ringed.contains(at)),
        inView: r.bottom > 0 && r.top < innerHeight,
      };
    });
    if (!stop || stop.again) break;
    if (stop.part) continue;
    stops.push(stop);
  }
  await page.evaluate(() => document.getElementById('tab-start')?.remove());
  const missed = await page.evaluate(() =>
    [...document.querySelectorAll('a[href], button, input, select, textarea, summary')]
      .filter((el) => !el.disabled && el.checkVisibility({ visibilityProperty: true }))
      // In a radio group Tab stops once; the group counts as reached when one radio was.
      .filter((el) => !(el.type === 'radio' && document.querySelector(`input[name="${el.name}"][data-tab-seen]`)))
      .filter((el) => !el.hasAttribute('data-tab-seen'))
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  return { stops, missed };
}

function expectEveryStopFine({ stops, missed }, where) {
  expect(stops.length, `${where}: Tab stops ${JSON.stringify(stops.map((s) => s.name))}`).toBeGreaterThan(2);
  expect(missed, `${where}: controls Tab never reached`).toEqual([]);
  for (const stop of stops) {
    expect(stop.ring, `${where}: "${stop.name}" shows its focus ring`).toBe(true);
    expect(stop.inView && stop.uncovered, `${where}: "${stop.name}" is in view and not covered`).toBe(true);
  }
}

test('Tab reaches every control on every screen, each with a visible, uncovered focus ring', async ({ page, quiz }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 700 });
  await quiz.goto();
  expectEveryStopFine(await tabThroughPage(page), 'intro');
  await quiz.start('short');
  expectEveryStopFine(await tabThroughPage(page), 'statement');
  await quiz.answerItems(() => 4, { total: 16 });
  expectEveryStopFine(await tabThroughPage(page), 'scenario bridge');
  await quiz.button('Start the scenarios').click();
  expectEveryStopFine(await tabThroughPage(page), 'scenario');
  await quiz.answerScenarios((s) => ({ best: s.options[0], least: s.options[1] }));
  expectEveryStopFine(await tabThroughPage(page), 'review');
  await quiz.seeResults();
  await expect(page.locator('[data-archetype]')).toBeVisible();
  expectEveryStopFine(await tabThroughPage(page), 'results');
});

test('each answer moves the focus onto the next statement anew, so it is announced', async ({ page, quiz }) => {
  await quiz.goto();
  await quiz.start('short');
  // Every focus that lands on a radio, with the statement on screen at that moment.
  await page.evaluate(() => {
    window.focusLog = [];
    document.addEventListener('focusin', (event) => {
      if (event.target.type === 'radio') window.focusLog.push(document.querySelector('fieldset legend').textContent);
    });
  });
  const statements = [];
  for (let i = 0; i < 3; i += 1) {
    statements.push(await page.locator('fieldset legend').textContent());
    // Key 1 answers "Never", the first option, which is also where the focus goes next: the same
    // element in a reused screen, focused again rather than left as it was.
    await page.keyboard.press('1');
    await expect(quiz.progress()).toHaveText(`${i + 2} of 16`);
    await expect(page.getByRole('radio', { name: 'Never' })).toBeFocused();
  }
  statements.push(await page.locator('fieldset legend').textContent());
  await expect.poll(() => page.evaluate(() => window.focusLog)).toEqual(statements.slice(1));
  // The statement before was answered and the new one is not: no option is checked.
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});
