// Playwright end-to-end tests for Leadership Radar: the release build in dist/, served locally,
// driven in Debian's Chromium (no browser download). Run with `npx playwright test`.
import { defineConfig } from '@playwright/test';

import { CHROMIUM, CHROMIUM_ARGS } from './e2e/support/chromium.mjs';

// Six ports from E2E_PORT (4173 unless set), so that two checkouts can run their suites at once.
const BASE_PORT = Number(process.env.E2E_PORT ?? 4173);
export const PORT = BASE_PORT;
export const CSP_PORT = BASE_PORT + 1;
export const PAGES_PORT = BASE_PORT + 2;
export const LMS_PORT = BASE_PORT + 3;
export const NGINX_PORT = BASE_PORT + 4;
export const OFFLINE_PORT = BASE_PORT + 5;

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.mjs',
  // Screenshots, traces and PDFs go here (gitignored), never into the tracked tree.
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    // The service worker answers from its cache only when the network fails, but it would hide
    // requests from page.route; e2e/offline.spec.mjs allows it where it is the subject.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: `python3 scripts/serve.py dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Test pages of a host portal and a child double (e2e/embed.spec.mjs).
      command: `python3 scripts/serve.py e2e/pages ${PAGES_PORT}`,
      url: `http://127.0.0.1:${PAGES_PORT}/host.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The same build under the strict Content-Security-Policy header (e2e/csp.spec.mjs).
      command: `python3 scripts/serve.py dist ${CSP_PORT} --csp`,
      url: `http://127.0.0.1:${CSP_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The repository root, for the test LMS (e2e/pages/lms.html), scorm-again from node_modules
      // and the unpacked SCORM package in target/ (e2e/scorm.spec.mjs).
      command: `python3 scripts/serve.py . ${LMS_PORT}`,
      url: `http://127.0.0.1:${LMS_PORT}/e2e/pages/lms.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
