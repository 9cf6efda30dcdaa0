// Trunk post_build hook: minifies the wasm-bindgen JS glue (Trunk 0.21's own minifier cannot parse it)
// and drops the inert <link data-trunk rel="rust"> that Trunk leaves behind when it injects no scripts.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('postbuild.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is unset)');
const release = process.env.TRUNK_PROFILE === 'release';

const gluePath = join(dir, 'leadership-radar.js');
if (release) {
  const glue = await readFile(gluePath, 'utf8');
  const result = await minify(glue, { module: true, compress: { passes: 2 }, mangle: true });
  if (!result.code) throw new Error('terser produced no output');
  await writeFile(gluePath, result.code);
}

const htmlPath = join(dir, 'index.html');
const html = await readFile(htmlPath, 'utf8');
await writeFile(htmlPath, html.replace(/<link[^>]*data-trunk[^>]*rel="?rust"?[^>]*>/, ''));
