// The SCORM 1.2 package (leadership-radar-scorm12.zip, made by `make scorm`) in a test LMS running
// scorm-again, a real SCORM runtime: the zip's layout, a completed launch with scores and session
// time, suspend on leaving and resume on the next launch. scorm-again is more lenient than the
// 1.2 spec, so the 1.2 limits are asserted here.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { expect } from '@playwright/test';

import { CHROMIUM, CHROMIUM_ARGS } from './support/chromium.mjs';
import { test } from './support/fixtures.mjs';
import { holdRequests } from './support/hold.mjs';
import { Quiz } from './support/quiz.mjs';
import { LMS_PORT, PORT } from '../playwright.config.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ZIP = `${ROOT}leadership-radar-scorm12.zip`;
// One folder per worker: the file's tests run in parallel, and each worker's beforeAll unpacks the
// zip, so a shared folder would be emptied by one worker while the other extracts into it.
let UNPACKED;
const LMS = `http://127.0.0.1:${LMS_PORT}/e2e/pages/lms.html`;

/** Lists the zip and unpacks it into UNPACKED (python's zipfile: no extra npm package). */
function unpack() {
  const script = `
import json, shutil, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
shutil.rmtree(sys.argv[2], ignore_errors=True)
z.extractall(sys.argv[2])
print(json.dumps({"names": z.namelist(), "manifest": z.read("imsmanifest.xml").decode()}))`;
  return JSON.parse(execFileSync('python3', ['-c', script, ZIP, `${ROOT}${UNPACKED}`], { encoding: 'utf8' }));
}

let zip;
test.beforeAll(({}, testInfo) => {
  if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run make scorm (make test does)`);
  UNPACKED = `target/scorm12-test-${testInfo.workerIndex}`;
  zip = unpack();
});

test.use({
  launchOptions: {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP lms.test 127.0.0.1, MAP quiz.test 127.0.0.1'],
  },
});

const launch = (query = {}) => `${LMS}?${new URLSearchParams({ pkg: `/${UNPACKED}/index.html`, ...query })}`;
const calls = (page) => page.evaluate(() => window.lms.calls);
const sets = (all) => all.filter((c) => c.method === 'LMSSetValue').map((c) => c.args);
const lastSet = (all, element) => sets(all).filter(([e]) => e === element).at(-1)?.[1];

test('the zip: imsmanifest.xml at the root, one SCO, every file listed with a relative href', () => {
  const { names, manifest } = zip;
  expect(names).toContain('imsmanifest.xml');
  expect(names).toContain('index.html');
  expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
  expect(manifest).toMatch(/<resource [^>]*adlcp:scormtype="sco"[^>]*href="index.html"/);
  const hrefs = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
  expect(hrefs.sort()).toEqual(names.filter((n) => n !== 'imsmanifest.xml').sort());
  for (const href of hrefs) expect(href).not.toMatch(/^\/|^[a-z]+:|\.\./);
  // Every file the app loads is in it, the host snippet is not.
  for (const file of ['boot.js', 'leadership-radar_bg.wasm', 'full_bg.wasm', 'full.css', 'app.css']) {
    expect(names).toContain(file);
  }
  expect(names).not.toContain('embed.js');
});

test('a launch: incomplete at the start, then scores, completed, session time, one commit and LMSFinish', async ({ page }) => {
  await page.goto(launch());
  const frame = page.frameLocator('#sco');
  const quiz = new Quiz(frame);
  await quiz.start('short');
  await expect.poll(async () => lastSet(await calls(page), 'cmi.core.lesson_status')).toBe('incomplete');
  await quiz.answerItems((item, position) => (position % 5) + 1, { total: 16 });
  await quiz.button('Start the scenarios').click();
  await quiz.answerScenarios((s) => ({ best: Quiz.optionWithKey(s, 2), least: Quiz.optionWithKey(s, -1) }));
  await quiz.seeResults();
  await expect.poll(async () => (await calls(page)).filter((c) => c.method === 'LMSFinish').length).toBe(1);
  const all = await calls(page);

  expect(all[0]).toMatchObject({ method: 'LMSInitialize', result: 'true' });
  expect(all.filter((c) => c.method === 'LMSInitialize')).toHaveLength(1);
  // Nothing is called after LMSFinish, and every other call was checked with LMSGetLastError.
  const finish = all.findIndex((c) => c.method === 'LMSFinish');
  expect(finish).toBe(all.length - 1);
  all.forEach((c, i) => {
    if (c.method !== 'LMSGetLastError' && c.method !== 'LMSFinish') {
      expect(all[i + 1], `LMSGetLastError after ${c.method}(${c.args[0]})`).toMatchObject({ method: 'LMSGetLastError', result: '0' });
    }
  });
  expect(await page.evaluate(() => window.lms.errors)).toEqual([]);

  // 1.2 formats and limits, asserted here because scorm-again is lenient.
  const raw = lastSet(all, 'cmi.core.score.raw');
  expect(raw).toMatch(/^\d{1,3}(\.\d{1,2})?$/);
  expect(Number(raw)).toBeGreaterThanOrEqual(0);
  expect(Number(raw)).toBeLessThanOrEqual(100);
  expect(lastSet(all, 'cmi.core.score.min')).toBe('0');
  expect(lastSet(all, 'cmi.core.score.max')).toBe('100');
  expect(lastSet(all, 'cmi.core.lesson_status')).toBe('completed');
  expect(lastSet(all, 'cmi.core.session_time')).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
  expect(lastSet(all, 'cmi.core.exit')).toBe('');
  for (const [element, value] of sets(all)) {
    if (element === 'cmi.suspend_data') expect(value.length).toBeLessThanOrEqual(4096);
    if (element.endsWith('score.raw')) expect(value).toMatch(/^\d{1,3}(\.\d{1,2})?$/);
  }
  // The objectives carry both indices and agility.
  expect(lastSet(all, 'cmi.objectives.0.id')).toBe('leadership-index');
  expect(lastSet(all, 'cmi.objectives.1.id')).toBe('management-index');
  expect(lastSet(all, 'cmi.objectives.2.id')).toBe('situational-agility');
  // The score is the Leadership Index the page shows (rounded to 5 there).
  await expect(frame.locator('.stat-leading dd')).toHaveText(String(Math.round(Number(raw) / 5) * 5));

  // What scorm-again would commit to its LMS.
  const committed = await page.evaluate(() => window.API.renderCommitCMI(true));
  expect(committed.cmi.core).toMatchObject({ lesson_status: 'completed', score: { raw, min: '0', max: '100' } });
  expect(await page.evaluate(() => window.API.cmi.core.lesson_status)).toBe('completed');
  // In an LMS, the LMS keeps the progress: nothing stays in the browser.
  expect(await page.evaluate(() => document.getElementById('sco').contentWindow.localStorage.length)).toBe(0);
});

test('leaving early suspends; the next launch resumes from suspend_data and completes', async ({ page }) => {
  await page.goto(launch());
  const quiz = new Quiz(page.frameLocator('#sco'));
  await quiz.start('full');
  await quiz.answerItems(() => 'Often', { total: 48, to: 7 });
  await expect.poll(async () => lastSet(await calls(page), 'cmi.suspend_data')).toMatch(/^LR2\.f\.q7\./);
  // The LMS closes the frame: the SCO's pagehide suspends.
  await page.evaluate(() => document.getElementById('sco').remove());
  await expect.poll(async () => (await calls(page)).filter((c) => c.method === 'LMSFinish').length).toBe(1);
  const first = await calls(page);
  expect(lastSet(first, 'cmi.core.exit')).toBe('suspend');
  expect(lastSet(first, 'cmi.core.session_time')).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
  expect(first.at(-2)).toMatchObject({ method: 'LMSGetLastError', result: '0' });
  const suspend = await page.evaluate(() => window.API.cmi.suspend_data);
  expect(suspend.length).toBeLessThanOrEqual(4096);

  await page.goto(launch({ entry: 'resume', suspend, status: 'incomplete' }));
  const again = new Quiz(page.frameLocator('#sco'));
  await expect(again.progress()).toHaveText('8 of 48');
  await expect(again.notice()).toHaveAttribute('data-notice', 'Restored');
  await again.answerItems(() => 'Often', { total: 48, from: 8 });
  await again.button('Start the scenarios').click();
  await again.answerScenarios((s) => ({ best: Quiz.optionWithKey(s, 2), least: Quiz.optionWithKey(s, -1) }));
  await again.seeResults();
  await expect.poll(() => page.evaluate(() => window.API.cmi.core.lesson_status)).toBe('completed');
  expect(await page.evaluate(() => window.lms.errors)).toEqual([]);
});

test('an LMS launch waits for the module that talks to the LMS, so no answer is given before it is connected', async ({ page }) => {
  // In an LMS the full module runs the app and the LMS runtime together; here it arrives late.
  const release = await holdRequests(page, '**/full_bg.wasm');
  await page.goto(launch());
  const quiz = new Quiz(page.frameLocator('#sco'));
  await expect(page.frameLocator('#sco').locator('.boot-splash')).toBeVisible();
  await expect(quiz.button('Start the short form')).toHaveCount(0);
  expect(await calls(page)).toEqual([]);
  release();
  await quiz.start('short');
  expect((await calls(page)).map((c) => c.method)).toContain('LMSInitialize');
  await quiz.answerItems(() => 'Often', { total: 16, to: 2 });
  await expect(quiz.progress()).toHaveText('3 of 16');
  await expect.poll(async () => lastSet(await calls(page), 'cmi.suspend_data')).toMatch(/^LR2\.s\.q2\./);
});

test('a finished run the browser kept from before never reaches the LMS', async ({ page }) => {
  // Someone finished the assessment at the LMS's origin outside the LMS (no API there: standalone).
  await page.goto(`http://127.0.0.1:${LMS_PORT}/${UNPACKED}/index.html`);
  const before = new Quiz(page);
  await before.waitForApp();
  await before.shortRunToResults(() => 'Always');
  const stale = await page.evaluate(() => localStorage.getItem('leadership-radar.session'));
  expect(stale).toMatch(/^LR2\.s\.x\./);

  // A new learner's attempt in the LMS on the same computer.
  await page.goto(launch());
  const quiz = new Quiz(page.frameLocator('#sco'));
  await expect(quiz.heading('Am I leading or managing?')).toBeVisible();
  await page.waitForTimeout(500);
  const all = await calls(page);
  expect(all.filter((c) => c.method === 'LMSFinish')).toEqual([]);
  expect(sets(all).filter(([, value]) => value === stale)).toEqual([]);
  expect(await page.evaluate(() => window.API.cmi.core.lesson_status)).toBe('incomplete');
  // The browser's copy is gone too.
  expect(await page.evaluate(() => localStorage.getItem('leadership-radar.session'))).toBeNull();
});

test('a package on another site than its LMS runs standalone, without an uncaught error', async ({ page }) => {
  // Reading parent.API throws across sites: each step is caught, and the quiz runs without an LMS.
  await page.goto(`http://lms.test:${LMS_PORT}/e2e/pages/lms.html?pkg=${encodeURIComponent(`http://quiz.test:${PORT}/`)}`);
  const standalone = new Quiz(page.frameLocator('#sco'));
  await standalone.start('short');
  await standalone.answerItems(() => 'Often', { total: 16, to: 2 });
  expect(await calls(page)).toEqual([]);
  // lms=off never even looks.
  await page.goto(`http://lms.test:${LMS_PORT}/e2e/pages/lms.html?pkg=${encodeURIComponent(`http://127.0.0.1:${PORT}/?lms=off`)}`);
  await expect(new Quiz(page.frameLocator('#sco')).heading('Am I leading or managing?')).toBeVisible();
  await page.waitForTimeout(500);
  expect(await calls(page)).toEqual([]);
});
