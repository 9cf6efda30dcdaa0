// The facts the page's JavaScript shares with Rust (storage keys, languages, fragments, what makes a
// page hosted) are Rust's (crates/core/src/facts.rs). The sources of early.js and boot.js name each
// one as `fact('name')`; the build writes the value in its place, so nothing is copied by hand.

const CALL = /\bfact\('([A-Za-z0-9]+)'\)/g;

/**
 * `source` with every `fact('name')` replaced by the JSON of `facts[name]`. A name `facts` does not
 * have, or a `fact(` left in any other form, stops the build.
 */
export function writeFacts(source, facts, file = 'a script') {
  const written = source.replace(CALL, (_, name) => {
    if (!Object.hasOwn(facts, name)) throw new Error(`${file}: no fact named '${name}' (crates/core/src/facts.rs)`);
    return JSON.stringify(facts[name]);
  });
  if (/\bfact\(/.test(written)) throw new Error(`${file}: a fact(...) the build cannot read: write fact('name')`);
  return written;
}
