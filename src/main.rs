//! Entry point: mounts the app in the browser; on the host there is nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    leadership_radar::effects::panic::install();
    leadership_radar::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Leadership Radar runs in the browser: see the README (make serve).");
}
