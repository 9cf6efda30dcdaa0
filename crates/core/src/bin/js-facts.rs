//! Build tool: prints the facts the page's JavaScript shares with Rust, as JSON
//! (`radar_core::facts::javascript`), for `scripts/postbuild.mjs` to write into `early.js` and
//! `boot.js`.
//!
//! `cargo run -p radar-core --bin js-facts` (scripts/postbuild.sh).

fn main() {
    println!("{}", radar_core::facts::javascript());
}
