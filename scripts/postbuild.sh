#!/usr/bin/env bash
# Trunk post_build hook: builds the full module next to the first-load one, writes the translations
# in their compact form, then minifies and tidies the output (scripts/postbuild.mjs).
set -euo pipefail
cd "${TRUNK_SOURCE_DIR:-$(dirname "$0")/..}"
stage="${TRUNK_STAGING_DIR:?postbuild.sh runs as a Trunk hook}"

# Where cargo writes (CARGO_TARGET_DIR, or build.target-dir in a cargo config, else ./target).
target_dir=$(cargo metadata --format-version 1 --no-deps --offline 2>/dev/null \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')

if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  cargo build --quiet --release --target wasm32-unknown-unknown --bin full
  wasm="$target_dir/wasm32-unknown-unknown/release/full.wasm"
else
  cargo build --quiet --target wasm32-unknown-unknown --bin full
  wasm="$target_dir/wasm32-unknown-unknown/debug/full.wasm"
fi
wasm-bindgen --target web --no-typescript --out-dir "$stage" --out-name full "$wasm"
# The app has the same flags (index.html). --low-memory-unused is safe for Rust modules: the 1 MB
# stack comes first in memory, so its lowest 1 KB is reached only by a stack overflow.
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue --converge --low-memory-unused \
    "$stage/full_bg.wasm" -o "$stage/full_bg.wasm"
fi
# The translations, checked and written in the compact form the browser reads
# (crates/content/src/compact.rs).
cargo run --quiet -p radar-content --features sources --bin compile-locales -- crates/content/data "$stage/locales"
# The technical note and the facilitator guide as pages beside the app, which the results' "How to
# read this" links to (crates/docs).
cargo run --quiet -p radar-docs --bin render-docs -- docs styles/docs.css "$stage"
# The facts the page's JavaScript shares with Rust (crates/core/src/facts.rs), for postbuild.mjs.
facts=$(cargo run --quiet -p radar-core --bin js-facts)
LEADERSHIP_RADAR_FACTS="$facts" node scripts/postbuild.mjs
