//! Entry point of the first-load module: mounts the app's first part (the intro and the
//! statements) in the browser; on the host there is nothing to run.

// SAFETY: talc's documented set-up for a single-threaded wasm module: it claims memory from
// `memory.grow` only, which nothing else in the module does directly.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

#[cfg(target_arch = "wasm32")]
fn main() {
    leadership_radar::effects::panic::install();
    leadership_radar::app::mount(None);
}

/// Takes the app out of the page, for boot.js, before the full module takes the page over.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn leave() {
    leadership_radar::app::leave();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Leadership Radar runs in the browser: see the README (make serve).");
}
