// How the build compresses its files and how the first load's bytes are counted, shared by the
// build (scripts/postbuild.mjs writes the `.gz` and `.br` beside each file), the size test
// (scripts/first_load_size.mjs) and the benchmark (bench/run.mjs), so all three agree.
import zlib from 'node:zlib';

import { gzipAsync } from '@gfx/zopfli';

/** The budget for the first load, in bytes (100 KB counted as 100,000). */
export const FIRST_LOAD_BUDGET = { gzip: 100_000, brotli: 85_000 };

/**
 * Gzip as small as the format allows: zopfli, whose output any gzip reader takes and which is
 * about 5 % smaller than gzip -9 (it is slow, so it suits files compressed once, at build time).
 */
export async function gzip(body) {
  return Buffer.from(await gzipAsync(body, { numiterations: 15 }));
}

/** Brotli at its highest quality. */
export function brotli(body) {
  return zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** A file's size raw and as the build's precompressed gzip and brotli copies. */
export async function compressedSizes(body) {
  return { raw: body.length, gzip: (await gzip(body)).length, brotli: brotli(body).length };
}

/** The sum of rows of sizes. */
export function totalSizes(rows) {
  return rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}
