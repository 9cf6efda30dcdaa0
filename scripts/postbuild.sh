#!/usr/bin/env bash
# Trunk post_build hook: builds the on-demand companion module next to the app, then minifies and
# tidies the output (scripts/postbuild.mjs).
set -euo pipefail
cd "${TRUNK_SOURCE_DIR:-$(dirname "$0")/..}"
stage="${TRUNK_STAGING_DIR:?postbuild.sh runs as a Trunk hook}"

if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  cargo build --quiet --release --target wasm32-unknown-unknown --bin companion
  wasm="target/wasm32-unknown-unknown/release/companion.wasm"
else
  cargo build --quiet --target wasm32-unknown-unknown --bin companion
  wasm="target/wasm32-unknown-unknown/debug/companion.wasm"
fi
wasm-bindgen --target web --no-typescript --out-dir "$stage" --out-name companion "$wasm"
# The app has the same flags (index.html). --low-memory-unused is safe for Rust modules: the 1 MB
# stack comes first in memory, so its lowest 1 KB is reached only by a stack overflow.
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue --converge --low-memory-unused \
    "$stage/companion_bg.wasm" -o "$stage/companion_bg.wasm"
fi
# The translations, checked and written in the compact form the browser reads (src/core/compact.rs).
cargo run --quiet --example compile-locales -- content/locales "$stage/locales"
node scripts/postbuild.mjs
