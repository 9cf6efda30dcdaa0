//! The full module, from the first-load module: prefetching it while the person answers, and the
//! hand-over of the page to it (both through boot.js, which loads modules).

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = leadershipRadar, js_name = prefetch)]
    fn prefetch_full_module() -> Result<(), JsValue>;

    #[wasm_bindgen(catch, js_namespace = leadershipRadar, js_name = handOver)]
    fn hand_over_page(
        record: &str,
        lang: &str,
        notice: &str,
        focus: &str,
    ) -> Result<js_sys::Promise, JsValue>;
}

/// Starts downloading the full module so the screens after the statements show at once.
pub fn prefetch() {
    // Without boot.js (in tests, say) there is nothing to prefetch.
    let _ = prefetch_full_module();
}

/// Has the full module take the page over from this one, continuing the session saved as `record`
/// in the language `lang`, with `notice` (a `Notice` id, or empty) on show, and the focus where
/// `arrival` (an `Arrival` id) says. This module's app is taken out of the page first. An error is a
/// full module that could not be loaded; this app is then still in place.
pub async fn hand_over(
    record: &str,
    lang: &str,
    notice: &str,
    arrival: &str,
) -> Result<(), String> {
    let promise = hand_over_page(record, lang, notice, arrival).map_err(describe)?;
    JsFuture::from(promise).await.map(drop).map_err(describe)
}

/// The words of a JavaScript error: its text, or its `message`.
fn describe(error: JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            js_sys::Reflect::get(&error, &"message".into())
                .ok()?
                .as_string()
        })
        .unwrap_or_else(|| "unknown error".to_string())
}
