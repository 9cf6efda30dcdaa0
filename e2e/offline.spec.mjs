// Offline (issue 6 §3): after one visit the assessment works with the network gone (the server
// stopped), results and translations included; a second build deployed to the same place is taken
// on the next visit, and its cache replaces the first one's.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { test, expect } from './support/fixtures.mjs';
import { Quiz } from './support/quiz.mjs';
import { OFFLINE_PORT } from '../playwright.config.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITE = `${ROOT}target/offline-test`;
const PORT = OFFLINE_PORT;
const BASE = `http://127.0.0.1:${PORT}/`;

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

let server = null;

async function startServer() {
  server = spawn('python3', [`${ROOT}scripts/serve.py`, SITE, String(PORT)], { stdio: 'ignore' });
  await expect.poll(async () => (await fetch(BASE).catch(() => null))?.status, { timeout: 10_000 }).toBe(200);
}

async function stopServer() {
  const stopping = new Promise((resolve) => server.once('exit', resolve));
  server.kill();
  await stopping;
  server = null;
  await expect.poll(async () => (await fetch(BASE).catch(() => null)) === null).toBe(true);
}

/** The build's version and files, as the service worker holds them. */
function buildOf(site = SITE) {
  const line = readFileSync(`${site}/sw.js`, 'utf8').match(/^const BUILD = (\{.*\});$/m);
  return JSON.parse(line[1]);
}

/** Waits until the service worker controls the page and has cached every file of the build, and
 * no other build's cache is left. */
async function cachedBuild(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  const expected = `leadership-radar:/:${buildOf().version}`;
  await expect
    .poll(() =>
      page.evaluate(async (name) => {
        const names = await caches.keys();
        // Only the build's own cache is opened: opening one the worker is deleting would create
        // it again, empty.
        const files = names.includes(name) ? (await (await caches.open(name)).keys()).length : 0;
        return { names, files };
      }, expected),
    )
    .toEqual({ names: [expected], files: buildOf().files.length });
}

test.beforeAll(() => {
  rmSync(SITE, { recursive: true, force: true });
  cpSync(`${ROOT}dist`, SITE, { recursive: true });
});

test.afterEach(async () => {
  if (server) await stopServer();
});

test('after one visit, the whole assessment works offline, results and translations included', async ({ page }) => {
  await startServer();
  const quiz = new Quiz(page);
  await page.goto(BASE);
  await quiz.waitForApp();
  await cachedBuild(page);

  await stopServer();
  await page.reload();
  await quiz.waitForApp();
  await quiz.start('short');
  await quiz.answerItems(() => 4, { total: 16 });
  await quiz.button('Start the scenarios').click();
  await quiz.answerScenarios((s) => ({ best: Quiz.optionWithKey(s, 2), least: Quiz.optionWithKey(s, -1) }));
  await quiz.seeResults();
  await expect(page.locator('[data-archetype]')).toContainText('Leading and Managing');
  await expect(quiz.cell('direction', 'lead')).toHaveText('75');

  // A language never opened online comes from the cache too.
  const french = new Quiz(page, 'fr');
  await page.goto(`${BASE}?lang=fr`);
  await french.waitForApp();
  await expect(page.getByRole('heading', { name: french.t.ui.results_heading })).toBeVisible();
});

test('a second build deployed to the same place is taken, and replaces the first in the cache', async ({ page }) => {
  await startServer();
  const quiz = new Quiz(page);
  await page.goto(BASE);
  await quiz.waitForApp();
  await cachedBuild(page);
  const first = buildOf().version;

  // "Deploy" a second build: another page title, and so another version in sw.js.
  const next = `${first.slice(0, 8)}ffffffff`;
  writeFileSync(`${SITE}/index.html`, readFileSync(`${SITE}/index.html`, 'utf8').replace(/<title>[^<]*<\/title>/, '<title>Leadership Radar, second build</title>'));
  writeFileSync(`${SITE}/sw.js`, readFileSync(`${SITE}/sw.js`, 'utf8').replace(`"version":"${first}"`, `"version":"${next}"`));
  expect(buildOf().version).toBe(next);
  // A deployment replaces the precompressed copies too (the server prefers them).
  for (const file of ['index.html', 'sw.js']) {
    for (const suffix of ['.gz', '.br']) rmSync(`${SITE}/${file}${suffix}`, { force: true });
  }

  await page.reload();
  await quiz.waitForApp();
  await expect(page).toHaveTitle('Leadership Radar, second build');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await cachedBuild(page);

  // Offline, the second build is what remains.
  await stopServer();
  await page.reload();
  await quiz.waitForApp();
  await expect(page).toHaveTitle('Leadership Radar, second build');
});

test('no service worker for an LMS launch (the same rule as for a frame or a host)', async ({ page }) => {
  await startServer();
  await page.goto(`${BASE}?lms=scorm12`);
  await new Quiz(page).waitForApp();
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});
