// The name shortener of scripts/wasm_names.mjs on a small module written the way wasm-bindgen
// writes one: the renamed pair must still link and run, and a glue it cannot edit safely must
// stop the build.
import assert from 'node:assert/strict';
import test from 'node:test';

import { shortName, shortenNames } from '../../scripts/wasm_names.mjs';

const text = (s) => [s.length, ...Buffer.from(s)];
const section = (id, bytes) => [id, bytes.length, ...bytes];
const IMPORT = '__wbg_ping_0123456789abcdef';
const MODULE = './radar_bg.js';

// (import "./radar_bg.js" "__wbg_ping_…" (func)) (memory 1) and two exports calling it.
const wasm = Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 0, 0]),
  ...section(2, [1, ...text(MODULE), ...text(IMPORT), 0, 0]),
  ...section(3, [1, 0]),
  ...section(5, [1, 0, 1]),
  ...section(7, [3, ...text('memory'), 2, 0, ...text('__wbindgen_start'), 0, 1, ...text('unused_export'), 0, 1]),
  ...section(10, [1, 4, 0, 0x10, 0, 0x0b]),
]);

const glue = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        ${IMPORT}: function() {
            pings += 1;
        },
    };
    return {
        __proto__: null,
        "${MODULE}": import0,
    };
}
function start() { wasm.__wbindgen_start(); }`;

test('short names run in a-z, A-Z, then two letters', () => {
  assert.deepEqual([0, 25, 26, 51, 52, 53].map(shortName), ['a', 'z', 'A', 'Z', 'aa', 'ab']);
});

test('imports and the exports the glue calls get short names, and the pair still links', () => {
  const shortened = shortenNames(wasm, glue);
  const module = new WebAssembly.Module(shortened.wasm);
  assert.deepEqual(WebAssembly.Module.imports(module), [{ module: 'a', name: 'a', kind: 'function' }]);
  assert.deepEqual(
    WebAssembly.Module.exports(module).map((e) => e.name),
    ['memory', '_a', 'unused_export'],
  );
  assert.match(shortened.glue, /\n {8}a: function\(\) \{/);
  assert.match(shortened.glue, /"a": import0/);
  assert.match(shortened.glue, /wasm\._a\(\)/);
  assert.doesNotMatch(shortened.glue, /0123456789abcdef|radar_bg|__wbindgen_start/);

  let pings = 0;
  const instance = new WebAssembly.Instance(module, { a: { a: () => { pings += 1; } } });
  instance.exports._a();
  assert.equal(pings, 1);
  assert.ok(shortened.wasm.length < wasm.length);
});

test('a glue that names an import twice, or not at all, stops the build', () => {
  assert.throws(() => shortenNames(wasm, `${glue}\nconsole.log("${IMPORT}");`), /exactly once/);
  assert.throws(() => shortenNames(wasm, glue.replace(IMPORT, '__wbg_other')), /exactly once/);
  assert.throws(() => shortenNames(wasm, glue.replace(`"${MODULE}"`, '"./elsewhere.js"')), /module/);
});

test('a damaged module is refused', () => {
  assert.throws(() => shortenNames(Uint8Array.from([1, 2, 3, 4, 1, 0, 0, 0]), glue), /not a wasm module/);
  assert.throws(() => shortenNames(wasm.subarray(0, 30), glue), /ends inside|Module|section/);
});
