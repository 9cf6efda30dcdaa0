//! Loading the results document from the on-demand companion module (see `boot.js` and `src/bin/companion.rs`).

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_name = leadershipRadarRenderReport)]
    fn render_report(record: &str) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_name = leadershipRadarPrefetchReport)]
    fn prefetch_report() -> Result<(), JsValue>;
}

/// Starts downloading the companion module so the results show at once when they are asked for.
pub fn prefetch() {
    // Without boot.js (in tests, say) there is nothing to prefetch.
    let _ = prefetch_report();
}

/// The results document (HTML) of a saved record, or why it could not be made.
pub async fn render(record: &str) -> Result<String, String> {
    let promise = render_report(record).map_err(describe)?;
    let value = JsFuture::from(promise).await.map_err(describe)?;
    value
        .as_string()
        .ok_or_else(|| "the companion module returned no text".to_string())
}

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
