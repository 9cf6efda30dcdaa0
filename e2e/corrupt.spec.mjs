// An unreadable saved record never breaks the page: the intro shows with a notice, and the bad
// record is removed so it cannot fail twice. A newer version's record is left alone, and said so.
import { test, expect } from './support/fixtures.mjs';
import { STORAGE_KEY } from './support/quiz.mjs';

const CORRUPT = 'Your saved progress could not be read, so the assessment starts fresh.';
const NEWER =
  'Your saved progress is from a newer version of the assessment. It is kept as it is, and this page will not save over it: reload to continue in the newer version. Meanwhile the assessment here starts fresh and is not saved.';
const OUTDATED =
  'Your saved progress came from a different version of the assessment and could not be restored, so it starts fresh.';

/** Opens the app, plants `record` under the session key, and reloads so the app boots from it. */
async function bootWith(page, quiz, record) {
  await quiz.goto();
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [STORAGE_KEY, record]);
  await quiz.reload();
}

const cases = [
  { name: 'garbage', record: '{"not":"a record"} \u0000\uFFFD garbage', notice: CORRUPT },
  { name: 'a damaged version-1 record (bad checksum)', record: 'LR1.s.q3.p0.1111.----.0000', notice: CORRUPT },
  { name: 'a record from an old version (LR0)', record: 'LR0.s.q3.p0.3--3--3--.--------------.beef', notice: OUTDATED },
];

for (const { name, record, notice } of cases) {
  test(`saved progress that is ${name}: fresh intro, a notice, the key removed`, async ({ page, quiz }) => {
    await bootWith(page, quiz, record);
    await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
    await expect(page.getByRole('status')).toContainText(notice);
    await expect(quiz.notice()).toBeVisible();
    expect(await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).toBeNull();

    // The notice can be dismissed, and the assessment works from scratch.
    await page.getByRole('status').getByRole('button', { name: 'Dismiss' }).click();
    await expect(quiz.notice()).toHaveCount(0);
    await quiz.start('short');
    await expect(quiz.progress()).toHaveText('1 of 16');
    await quiz.answerCurrent('Often');
    await expect(quiz.progress()).toHaveText('2 of 16');
    // The fresh session is saved again under the same key.
    expect(await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).toMatch(/^LR2\./);
  });
}

test('saved progress from a newer version (LR9): a notice, and the record left alone', async ({ page, quiz }) => {
  const newer = 'LR9.s.q3.p0.3--3--3--.--------------.beef';
  await bootWith(page, quiz, newer);
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  await expect(page.getByRole('status')).toContainText(NEWER);
  const saved = () => page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
  expect(await saved()).toBe(newer);
  // The assessment still works here, without saving over the newer progress.
  await quiz.start('short');
  await quiz.answerCurrent('Often');
  await expect(quiz.progress()).toHaveText('2 of 16');
  expect(await saved()).toBe(newer);
  await quiz.reload();
  await expect(page.getByRole('status')).toContainText(NEWER);
  expect(await saved()).toBe(newer);
});
