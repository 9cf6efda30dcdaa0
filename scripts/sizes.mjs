// The first load's budget and how its bytes are counted, shared by the size test
// (scripts/first_load_size.mjs) and the benchmark (bench/run.mjs) so both count the same way.
import zlib from 'node:zlib';

/** The budget for the first load, in bytes (100 KB counted as 100,000). */
export const FIRST_LOAD_BUDGET = { gzip: 100_000, brotli: 85_000 };

/** A file's size raw, gzip -9 and brotli 11. */
export function compressedSizes(body) {
  return {
    raw: body.length,
    gzip: zlib.gzipSync(body, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length,
  };
}

/** The sum of rows of sizes. */
export function totalSizes(rows) {
  return rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}
