// Run by scripts/postbuild.sh (Trunk's post_build hook): minifies the wasm-bindgen JS glue of the app
// and of the full module (Trunk 0.21's own minifier cannot parse it) and drops the inert
// <link data-trunk rel="rust"> that Trunk leaves behind when it injects no scripts.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';

import { minify } from 'terser';

import { writeFacts } from './facts.mjs';
import { brotli, gzip } from './sizes.mjs';
import { shortenNames } from './wasm_names.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('postbuild.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is unset)');
const release = process.env.TRUNK_PROFILE === 'release';

// The facts shared with Rust, written into early.js and boot.js (scripts/facts.mjs), in every build.
{
  const facts = JSON.parse(process.env.LEADERSHIP_RADAR_FACTS ?? 'null');
  if (!facts) throw new Error('postbuild.mjs needs LEADERSHIP_RADAR_FACTS (scripts/postbuild.sh sets it)');
  for (const name of ['early.js', 'boot.js']) {
    const path = join(dir, name);
    await writeFile(path, writeFacts(await readFile(path, 'utf8'), facts, name));
  }
}

if (release) {
  // The two wasm-bindgen glues, by their modules.
  const wasmOf = { 'leadership-radar.js': 'leadership-radar_bg.wasm', 'full.js': 'full_bg.wasm' };
  for (const name of ['leadership-radar.js', 'full.js', 'boot.js', 'early.js', 'embed.js']) {
    const gluePath = join(dir, name);
    let glue = await readFile(gluePath, 'utf8');
    if (wasmOf[name]) {
      // Short names between the wasm and its glue (scripts/wasm_names.mjs), before minifying.
      const wasmPath = join(dir, wasmOf[name]);
      const shortened = shortenNames(await readFile(wasmPath), glue);
      await writeFile(wasmPath, shortened.wasm);
      glue = shortened.glue;
    }
    // embed.js (for host pages) and early.js are classic scripts; the others are ES modules.
    const module = !['embed.js', 'early.js'].includes(name);
    const result = await minify(glue, { module, compress: { passes: 2 }, mangle: true });
    if (!result.code) throw new Error(`terser produced no output for ${name}`);
    await writeFile(gluePath, result.code);
  }
}

// full.css is copied, not processed by Trunk: drop comments and spare white space.
const cssPath = join(dir, 'full.css');
const css = await readFile(cssPath, 'utf8');
await writeFile(
  cssPath,
  release
    ? css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,])\s*/g, '$1').trim()
    : css,
);

const htmlPath = join(dir, 'index.html');
const html = (await readFile(htmlPath, 'utf8')).replace(/<link[^>]*data-trunk[^>]*rel="?rust"?[^>]*>/, '');
if (release) {
  // The first screens, pre-rendered from this build (scripts/prerender.mjs), before the service
  // worker's version and the compressed copies, which both cover index.html. Loaded here only: a
  // debug build (trunk serve) needs no browser.
  const { fill, prerender } = await import('./prerender.mjs');
  await writeFile(htmlPath, fill(html, await prerender(dir)));
} else {
  await writeFile(htmlPath, html);
}

// The service worker's list of the build's files and its version (a hash of them): a new build
// changes sw.js, which is how browsers notice the update.
{
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && !/\.(gz|br)$/.test(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .filter((file) => !['sw.js', 'embed.js', 'index.html'].includes(file))
    .sort();
  const hash = createHash('sha256');
  for (const file of files.concat('index.html')) hash.update(file).update(await readFile(join(dir, file)));
  const build = { version: hash.digest('hex').slice(0, 16), files: ['./', ...files] };
  const swPath = join(dir, 'sw.js');
  const sw = await readFile(swPath, 'utf8');
  const marked = "const BUILD = { version: 'dev', files: [] };";
  if (!sw.includes(marked)) throw new Error('sw.js lost its BUILD line');
  await writeFile(swPath, sw.replace(marked, `const BUILD = ${JSON.stringify(build)};`));
}

// Precompressed copies beside each file (`x.wasm.gz`, `x.wasm.br`) for static hosts that serve them
// (nginx gzip_static / brotli_static, see README "Deploying"); only where they save bytes.
if (release) {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && !/\.(gz|br|png|ico)$/.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
  for (const path of files) {
    const body = await readFile(path);
    const [gzipped, brotlied] = [await gzip(body), brotli(body)];
    if (gzipped.length < body.length) await writeFile(`${path}.gz`, gzipped);
    if (brotlied.length < body.length) await writeFile(`${path}.br`, brotlied);
  }
}
