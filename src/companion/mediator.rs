//! Bindings to boot.js's `leadershipRadarBridge`, which passes the app's saved record to the
//! companion and the companion's commands to the app, whichever of the two starts first.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = leadershipRadarBridge, js_name = listen)]
    fn bridge_listen(listener: &Closure<dyn FnMut(String, String)>) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, js_namespace = leadershipRadarBridge, js_name = command)]
    fn bridge_command(kind: &str, value: &str) -> Result<(), JsValue>;
}

/// Calls `listener(record, storage)` with the app's latest record now and after every change.
pub fn listen(listener: impl FnMut(String, String) + 'static) {
    let closure = Closure::new(listener);
    if bridge_listen(&closure).is_ok() {
        // The bridge lives as long as the page.
        closure.forget();
    }
}

/// Sends the app a command: `restore` (with a record), `reset`, `fresh`, or `storage` (`host` or `lms`).
pub fn command(kind: &str, value: &str) {
    let _ = bridge_command(kind, value);
}
