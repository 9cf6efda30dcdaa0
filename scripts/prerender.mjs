// Pre-renders the app's first screens into index.html (run by scripts/postbuild.mjs on a release
// build): the English intro of a fresh session, and the first statement of each form in templates.
// They are the app's own first render, taken from the build in headless Chromium (Debian's, or
// $CHROMIUM), so a visitor sees the intro and, on a start, the first statement before the wasm has
// arrived; early.js shows them on a plain first visit and src/effects/prerender.rs hands what was
// done there to the app.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

import { chromium } from '@playwright/test';

import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/support/chromium.mjs';

const ORIGIN = 'http://prerender.localhost';
const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json',
};
// Controls the pre-render cannot work without the app: shown as they will be, but inert (not
// focusable, not clickable) until the app replaces them, so nothing typed or chosen there is lost.
const INERT = ['.language', '.resume-entry', '.keyboard-hint button', '.nav-buttons'];

/** The markup for index.html, from the build in `dir`: `intro` for its `[data-prerender]` element
 * (the app's first render, whole), `items` for the first statement of each form, in templates. */
export async function prerender(dir) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const open = async () => {
      const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
      await context.route(`${ORIGIN}/**`, async (route) => {
        const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname)).replace(/^[/\\]+/, '');
        if (path.split(sep).includes('..')) return route.fulfill({ status: 404 });
        const file = join(dir, path || 'index.html');
        try {
          const body = await readFile(file);
          await route.fulfill({ body, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
        } catch {
          await route.fulfill({ status: 404 });
        }
      });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${ORIGIN}/`);
      await page.locator('#intro-heading').waitFor();
      return { context, page, errors };
    };
    const markInert = (page) =>
      page.evaluate((selectors) => {
        for (const selector of selectors) document.querySelectorAll(`#app ${selector}`).forEach((e) => e.setAttribute('inert', ''));
      }, INERT);

    const { context, page, errors } = await open();
    await markInert(page);
    const intro = await page.evaluate(() => {
      const buttons = [...document.querySelectorAll('#app .form-option button')];
      if (buttons.length !== 2) throw new Error(`expected two start buttons, found ${buttons.length}`);
      buttons.forEach((button, i) => button.setAttribute('data-prerender-start', ['short', 'full'][i]));
      return document.getElementById('app').innerHTML;
    });
    await context.close();

    const items = [];
    for (const [form, label] of [['short', 'Start the short form'], ['full', 'Start the full form']]) {
      const run = await open();
      await run.page.getByRole('button', { name: label, exact: true }).click();
      await run.page.locator('fieldset input[type=radio]').first().waitFor();
      await markInert(run.page);
      const { screen, announce } = await run.page.evaluate(() => ({
        screen: document.querySelector('#app .item-screen').outerHTML,
        announce: document.querySelector('#app [aria-live]').textContent,
      }));
      if (!announce) throw new Error(`no announcement on the ${form} form's first statement`);
      items.push(`<template data-prerender-item="${form}" data-announce="${attribute(announce)}">${screen}</template>`);
      errors.push(...run.errors);
      await run.context.close();
    }
    if (errors.length) throw new Error(`the app reported errors while pre-rendering: ${errors.join('; ')}`);
    return { intro, items: items.join('') };
  } finally {
    await browser.close();
  }
}

function attribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** index.html with the pre-render (from `prerender`) in its empty `[data-prerender]` element, the
 * statements' templates just before it, and `<html>` marked `data-prerendered` for early.js. The
 * templates come first because the parser may hand the page to the screen before it has read all
 * of it: a start button must not show before the statement it brings in has been parsed. */
export function fill(html, { intro, items }) {
  const empty = /(<div[^>]*\bdata-prerender\b[^>]*>)(<\/div>)/;
  const root = /<html\b/;
  if (!empty.test(html) || !root.test(html)) throw new Error('index.html has no <html> or no empty [data-prerender] element to fill');
  return html.replace(empty, (_, open, close) => items + open + intro + close).replace(root, '<html data-prerendered');
}
