// Shortens the names by which a wasm-bindgen module and its JS glue call each other: each import
// is named like `__wbg_querySelector_1555c239948f2bf0`, and its 16 hex digits cannot be
// compressed. Run on a release build before the glue is minified (scripts/postbuild.mjs), it takes
// 2.2 KB brotli off the app's wasm and 1.4 KB off its glue.
//
// The wasm's import and export sections are rewritten in place; every other byte is kept. The glue
// is edited only where a name occurs exactly where wasm-bindgen writes it (a key of the imports
// object, or `wasm.<export>`): anything else fails the build rather than shipping a broken pair.

/** Unsigned LEB128 reader over a byte array. */
class Reader {
  constructor(bytes) {
    this.bytes = bytes;
    this.at = 0;
  }
  u32() {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = this.bytes[this.at++];
      if (byte === undefined) throw new Error('wasm_names: the wasm ends inside a number');
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return value >>> 0;
  }
  name() {
    const length = this.u32();
    const text = Buffer.from(this.bytes.subarray(this.at, this.at + length)).toString('utf8');
    this.at += length;
    return text;
  }
  limits() {
    const flags = this.bytes[this.at++];
    this.u32();
    if (flags & 1) this.u32();
  }
}

function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

function name(text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([u32(bytes.length), bytes]);
}

/** `a`, `b`, … `Z`, `aa`, `ab`, …: valid JS property names, shortest first. */
export function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let text = '';
  let rest = index;
  do {
    text = letters[rest % letters.length] + text;
    rest = Math.floor(rest / letters.length) - 1;
  } while (rest >= 0);
  return text;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const occurrences = (text, pattern) => (text.match(new RegExp(pattern, 'g')) ?? []).length;

function renameImports(reader, glue) {
  const count = reader.u32();
  const parts = [u32(count)];
  const modules = new Map();
  for (let index = 0; index < count; index += 1) {
    const module = reader.name();
    const field = reader.name();
    const start = reader.at;
    const kind = reader.bytes[reader.at++];
    if (kind === 0) reader.u32();
    else if (kind === 1) {
      reader.at += 1;
      reader.limits();
    } else if (kind === 2) reader.limits();
    else if (kind === 3) reader.at += 2;
    else throw new Error(`wasm_names: unknown import kind ${kind} for ${field}`);
    if (!modules.has(module)) modules.set(module, shortName(modules.size));
    const short = shortName(index);
    // wasm-bindgen writes each import once, as `<name>: function(`, in one object per module.
    const key = new RegExp(`(?<![\\w$])${escape(field)}(?=: function\\()`);
    if (occurrences(glue, `(?<![\\w$])${escape(field)}(?![\\w$])`) !== 1 || !key.test(glue)) {
      throw new Error(`wasm_names: the glue does not name the import ${field} exactly once`);
    }
    glue = glue.replace(key, short);
    parts.push(name(modules.get(module)), name(short), reader.bytes.subarray(start, reader.at));
  }
  for (const [module, short] of modules) {
    const key = `${JSON.stringify(module)}: `;
    if (glue.split(key).length !== 2) {
      throw new Error(`wasm_names: the glue does not name the module ${module} exactly once`);
    }
    glue = glue.replace(key, `${JSON.stringify(short)}: `);
  }
  return { payload: Buffer.concat(parts), glue };
}

function renameExports(reader, glue) {
  const count = reader.u32();
  const parts = [u32(count)];
  let next = 0;
  for (let index = 0; index < count; index += 1) {
    const field = reader.name();
    const start = reader.at;
    reader.at += 1;
    reader.u32();
    const uses = occurrences(glue, `(?<![\\w$])${escape(field)}(?![\\w$])`);
    // Only exports that the glue reaches solely as `wasm.<name>`; `memory` keeps its name, since
    // debugging tools look for it.
    const renamed = field !== 'memory' && uses > 0 && uses === occurrences(glue, `(?<![\\w$])wasm\\.${escape(field)}(?![\\w$])`);
    let short = field;
    if (renamed) {
      short = `_${shortName(next++)}`;
      glue = glue.replace(new RegExp(`(?<![\\w$])wasm\\.${escape(field)}(?![\\w$])`, 'g'), `wasm.${short}`);
    }
    parts.push(name(short), reader.bytes.subarray(start, reader.at));
  }
  return { payload: Buffer.concat(parts), glue };
}

/**
 * Returns the wasm module and its glue with short import and export names.
 * @param {Uint8Array} wasm the module as wasm-bindgen (and wasm-opt) wrote it
 * @param {string} glue its JS glue, before minification
 */
export function shortenNames(wasm, glue) {
  const reader = new Reader(wasm);
  if (Buffer.from(wasm.subarray(0, 4)).toString('latin1') !== '\0asm') {
    throw new Error('wasm_names: not a wasm module');
  }
  reader.at = 8;
  const out = [wasm.subarray(0, 8)];
  while (reader.at < wasm.length) {
    const id = wasm[reader.at++];
    const size = reader.u32();
    const end = reader.at + size;
    if (id === 2 || id === 7) {
      const renamed = id === 2 ? renameImports(reader, glue) : renameExports(reader, glue);
      if (reader.at !== end) throw new Error(`wasm_names: section ${id} has trailing bytes`);
      glue = renamed.glue;
      out.push(Buffer.from([id]), u32(renamed.payload.length), renamed.payload);
    } else {
      out.push(Buffer.from([id]), u32(size), wasm.subarray(reader.at, end));
    }
    reader.at = end;
  }
  const shortened = Buffer.concat(out);
  // A malformed module fails here, in the build, not in a visitor's browser.
  new WebAssembly.Module(shortened);
  return { wasm: shortened, glue };
}
