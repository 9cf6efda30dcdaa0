#!/usr/bin/env node
// Lighthouse (npm `lighthouse`, mobile preset, Debian's Chromium) against the served release build:
// prints each category score beside its budget (issue 6: performance 98, accessibility 100, best
// practices 100). A figure, not a test: it never fails. Run after `trunk build --release`
// (`make bench` does both). Writes bench/out/lighthouse.json.
//
//   node bench/lighthouse.mjs [--runs N]   (the median of N runs, 3 by default)

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { CHROMIUM } from '../e2e/support/chromium.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const OUT = path.join(HERE, 'out');
const BUDGETS = { performance: 98, accessibility: 100, 'best-practices': 100 };

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 3) : 3;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url) {
  for (let i = 0; i < 100; i += 1) {
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} never answered`);
}

if (!fs.existsSync(path.join(ROOT, 'dist/index.html'))) {
  console.error('dist/ is missing: run trunk build --release (or make bench) first');
  process.exit(1);
}
const port = await freePort();
// With the CSP header, as a real deployment (docs/nginx.conf) sends it.
const server = spawn('python3', [path.join(ROOT, 'scripts/serve.py'), path.join(ROOT, 'dist'), String(port), '--csp'], { stdio: 'ignore' });
const url = `http://127.0.0.1:${port}/`;
try {
  await waitFor(url);
  fs.mkdirSync(OUT, { recursive: true });
  const scores = [];
  for (let run = 0; run < RUNS; run += 1) {
    const file = path.join(OUT, 'lighthouse.json');
    const result = spawnSync(
      path.join(ROOT, 'node_modules/.bin/lighthouse'),
      [url, '--quiet', '--output=json', `--output-path=${file}`, '--only-categories=performance,accessibility,best-practices',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (result.status !== 0) throw new Error(`lighthouse exited with ${result.status}`);
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    scores.push(Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)])));
    if (run === RUNS - 1) {
      const audits = report.audits;
      console.log(`Last run: FCP ${audits['first-contentful-paint'].displayValue}, LCP ${audits['largest-contentful-paint'].displayValue}, TBT ${audits['total-blocking-time'].displayValue}, CLS ${audits['cumulative-layout-shift'].displayValue}`);
      const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable');
      for (const audit of failing.slice(0, 10)) console.log(`  below 0.9: ${audit.id} (${audit.displayValue ?? audit.score})`);
    }
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`\nLighthouse ${JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version}, mobile preset, median of ${RUNS} run(s), ${url}`);
  console.log('category        score  budget');
  console.log('--------------  -----  ------');
  for (const [id, budget] of Object.entries(BUDGETS)) {
    const score = median(scores.map((s) => s[id]));
    console.log(`${id.padEnd(14)}  ${String(score).padStart(5)}  ${String(budget).padStart(6)}  ${score >= budget ? 'OK' : 'UNDER'}`);
  }
} finally {
  server.kill();
}
