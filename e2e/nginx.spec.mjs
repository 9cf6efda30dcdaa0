// Deployment (issue 6 §3): nginx serves the release build with the README's example configuration
// (docs/nginx.conf): .wasm as application/wasm, the precompressed .gz copies, revalidation, the CSP
// header, and the whole app working under it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { test, expect } from './support/fixtures.mjs';
import { Quiz } from './support/quiz.mjs';
import { NGINX_PORT } from '../playwright.config.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist`;
const PORT = NGINX_PORT;
const BASE = `http://127.0.0.1:${PORT}`;
const HOME = `${ROOT}target/nginx-test`;

// One nginx for the file, so its tests share a worker.
test.describe.configure({ mode: 'serial' });

let nginx;

test.beforeAll(async () => {
  rmSync(HOME, { recursive: true, force: true });
  mkdirSync(`${HOME}/temp`, { recursive: true });
  // The example, pointed at this build and a free port, inside a minimal main configuration.
  const site = readFileSync(`${ROOT}docs/nginx.conf`, 'utf8')
    .replace('listen 8080;', `listen 127.0.0.1:${PORT};`)
    .replace('root /srv/leadership-radar;', `root ${DIST};`);
  writeFileSync(`${HOME}/site.conf`, site);
  writeFileSync(
    `${HOME}/nginx.conf`,
    `daemon off;
master_process off;
worker_processes 1;
pid ${HOME}/nginx.pid;
error_log ${HOME}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${HOME}/temp;
  proxy_temp_path ${HOME}/temp;
  fastcgi_temp_path ${HOME}/temp;
  uwsgi_temp_path ${HOME}/temp;
  scgi_temp_path ${HOME}/temp;
  include ${HOME}/site.conf;
}
`,
  );
  // Debian keeps nginx in /usr/sbin, which a non-root PATH may lack.
  const binary = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  nginx = spawn(binary, ['-p', HOME, '-c', `${HOME}/nginx.conf`], { stdio: 'inherit' });
  await expect
    .poll(async () => (await fetch(`${BASE}/`).catch(() => null))?.status, { message: 'nginx answers', timeout: 10_000 })
    .toBe(200);
});

test.afterAll(() => {
  nginx?.kill();
});

test('nginx sends the wasm as application/wasm, precompressed, with the headers the README gives', async () => {
  const wasm = await fetch(`${BASE}/leadership-radar_bg.wasm`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(wasm.headers.get('content-type')).toBe('application/wasm');
  expect(wasm.headers.get('content-encoding')).toBe('gzip');
  expect(existsSync(`${DIST}/leadership-radar_bg.wasm.gz`)).toBe(true);
  expect(Number(wasm.headers.get('content-length'))).toBe(statSync(`${DIST}/leadership-radar_bg.wasm.gz`).size);

  const page = await fetch(`${BASE}/`);
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const csp = readme.match(/^Content-Security-Policy: (.+)$/m)[1];
  expect(page.headers.get('content-security-policy')).toBe(csp);
  expect(page.headers.get('cache-control')).toBe('no-cache');
  expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  expect(page.headers.get('etag')).toBeTruthy();

  const arabic = await fetch(`${BASE}/locales/ar.txt`);
  expect(arabic.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(await arabic.text()).toMatch(/^leadership-radar translation \d+ ar /);
});

test('the assessment runs from nginx under its CSP, in Arabic too', async ({ page }) => {
  const violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const quiz = new Quiz(page, 'ar');
  await page.goto(`${BASE}/?lang=ar`);
  await quiz.waitForApp();
  await quiz.start('short');
  await quiz.answerItems(() => 4, { total: 16 });
  await quiz.button(quiz.t.ui.skip_scenarios).click();
  await quiz.seeResults();
  await expect(page.locator('[data-archetype]')).toBeVisible();
  expect(violations).toEqual([]);
});
