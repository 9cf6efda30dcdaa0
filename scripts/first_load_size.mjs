#!/usr/bin/env node
// The first load's bytes, from the release build in dist/: index.html and every file it makes the
// browser fetch before the first question (stylesheet, scripts, wasm, icon), as the build's precompressed
// copies: zopfli gzip and brotli 11 (scripts/sizes.mjs).
// Byte sizes are deterministic, so this is a test: it fails the build when the first load goes
// over the issue's budget (100,000 B gzip, 85,000 B brotli).
//
//   node scripts/first_load_size.mjs [dist]

import fs from 'node:fs';
import path from 'node:path';

import { FIRST_LOAD_BUDGET as BUDGET, compressedSizes, totalSizes } from './sizes.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');

// The URLs the page fetches by itself: <link href> (stylesheet, icon, modulepreload, preload)
// and <script src>; boot.js then imports the glue and instantiates the wasm, both preloaded.
const referenced = new Set(['index.html']);
for (const [, , tag] of html.matchAll(/<(link|script)\b([^>]*)>/g)) {
  const url = /\b(?:href|src)=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/.exec(tag);
  const target = url && (url[1] ?? url[2] ?? url[3]);
  if (target && !/^[a-z]+:/i.test(target)) referenced.add(target.replace(/^\.\//, '').split(/[?#]/)[0]);
}
const expected = ['app.css', 'boot.js', 'leadership-radar.js', 'leadership-radar_bg.wasm', 'favicon.svg'];
const missing = expected.filter((file) => !referenced.has(file));
if (missing.length) {
  console.error(`first load: index.html no longer references ${missing.join(', ')}; update this script`);
  process.exit(1);
}

const rows = [];
for (const file of referenced) rows.push({ file, ...(await compressedSizes(fs.readFileSync(path.join(dist, file)))) });
const total = totalSizes(rows);
const n = (v) => v.toLocaleString('en-US').padStart(9);
console.log(`${'file'.padEnd(26)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`);
for (const r of [...rows, { file: 'total', ...total }]) console.log(`${r.file.padEnd(26)}${n(r.raw)}${n(r.gzip)}${n(r.brotli)}`);

let failed = false;
for (const kind of ['gzip', 'brotli']) {
  const over = total[kind] - BUDGET[kind];
  console.log(`${kind}: ${total[kind].toLocaleString('en-US')} B; budget ${BUDGET[kind].toLocaleString('en-US')} B (${over > 0 ? `over by ${over.toLocaleString('en-US')}` : `met, ${(-over).toLocaleString('en-US')} B to spare`})`);
  if (over > 0) {
    console.error(`first load: ${kind} ${total[kind]} B is over its budget of ${BUDGET[kind]} B`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
