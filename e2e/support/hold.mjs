// Holds back the page's requests for `pattern` (a file still downloading, as on a slow network)
// until the returned function is called; then they go through as usual.
export async function holdRequests(page, pattern) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
