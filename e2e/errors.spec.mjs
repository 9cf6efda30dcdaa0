// When the app cannot start (here: the WebAssembly download fails), the static error card shows
// instead of a blank page, and "Restart" recovers once the download works again.
import { test, expect } from './support/fixtures.mjs';

// The failed download is expected to be logged as an error; this file asserts the card instead.
test.use({ expectPageErrors: true });

test('a failed wasm download shows the "Something went wrong" card with Restart', async ({ page, quiz, pageProblems }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/');

  const card = page.getByRole('alert');
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Restart', exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Delete saved answers and restart' })).toBeVisible();
  // Not a blank page: the app container is hidden and the card is what there is to read.
  await expect(page.locator('#app')).toBeHidden();
  await expect(page.locator('body')).toContainText('The assessment hit an unexpected error.');
  // The failure was reported (the reason this file allows errors).
  expect(pageProblems.length).toBeGreaterThan(0);

  // Restart reloads the page; with the download working again, the app starts.
  await page.unroute('**/*.wasm');
  await card.getByRole('button', { name: 'Restart', exact: true }).click();
  await quiz.waitForApp();
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  await expect(page.getByRole('alert')).toBeHidden();
});

test('the error card speaks the language asked for, right to left in Arabic', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/?lang=ar');
  const card = page.getByRole('alert');
  await expect(card.getByRole('heading', { name: 'حدث خطأ ما' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'إعادة التشغيل', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});
