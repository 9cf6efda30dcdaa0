// The build writes Rust's facts into early.js and boot.js (scripts/facts.mjs): every fact('name')
// becomes its value, and a name Rust does not have, or a call it cannot read, stops the build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import test from 'node:test';

import { writeFacts } from '../../scripts/facts.mjs';

const facts = { sessionKey: 'leadership-radar.session', languages: ['en', 'ar'] };

test('each fact is written as its JSON value', () => {
  const source = "const key = fact('sessionKey'); const ours = fact('languages');";
  assert.equal(
    writeFacts(source, facts),
    'const key = "leadership-radar.session"; const ours = ["en","ar"];',
  );
});

test('a fact Rust does not have stops the build', () => {
  assert.throws(() => writeFacts("fact('storageKey')", facts, 'boot.js'), /boot\.js: no fact named 'storageKey'/);
});

test('a fact(...) the build cannot read stops the build', () => {
  assert.throws(() => writeFacts('fact("sessionKey")', facts), /cannot read/);
  assert.throws(() => writeFacts('fact(name)', facts), /cannot read/);
});

test("the page's scripts name only facts that Rust has", () => {
  const rust = JSON.parse(
    execFileSync('cargo', ['run', '--quiet', '-p', 'radar-core', '--bin', 'js-facts'], { encoding: 'utf8' }),
  );
  for (const file of ['early.js', 'boot.js']) {
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    const written = writeFacts(source, rust, file);
    assert.ok(written !== source, `${file} names facts`);
    // No fact is copied by hand: the storage key appears only where the build wrote it.
    assert.ok(!source.includes(rust.sessionKey), `${file} copies the storage key by hand`);
  }
});
