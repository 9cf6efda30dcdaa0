//! The on-demand companion module, from the app: the results document, and every other export
//! by name through one `leadershipRadarCall` (see `boot.js` and `src/bin/companion.rs`).

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_name = leadershipRadarRenderReport)]
    fn render_report(record: &str) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_name = leadershipRadarPrefetchReport)]
    fn prefetch_report() -> Result<(), JsValue>;

    #[wasm_bindgen(catch, js_name = leadershipRadarCall)]
    fn call_1(name: &str, a: &str) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_name = leadershipRadarCall)]
    fn call_2(name: &str, a: &str, b: &str) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(catch, js_name = leadershipRadarCall)]
    fn call_3(name: &str, a: &str, b: &str, c: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Downloads an export of finished results: `svg`, `png`, `json` or `csv`; false when it failed.
pub async fn download(kind: &str, record: &str) -> bool {
    call("download", &[kind, record]).await.is_ok()
}

/// Why a shared result code could not be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SharedError {
    /// The code was refused; the text says why, in the person's words.
    Refused(String),
    /// The companion module could not be loaded (offline, say).
    Unavailable,
}

/// The results document (HTML) of a shared result code.
pub async fn render_shared(code: &str) -> Result<String, SharedError> {
    match call("renderShared", &[code]).await {
        Ok(value) => value.as_string().ok_or(SharedError::Unavailable),
        Err(Some(why)) => Err(SharedError::Refused(why)),
        Err(None) => Err(SharedError::Unavailable),
    }
}

/// The result code of a saved record with finished results.
pub async fn result_code(record: &str) -> Option<String> {
    call("resultCode", &[record]).await.ok()?.as_string()
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

/// The words of a JavaScript error: its text, or its `message`.
pub(crate) fn describe(error: JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            js_sys::Reflect::get(&error, &"message".into())
                .ok()?
                .as_string()
        })
        .unwrap_or_else(|| "unknown error".to_string())
}

/// The team view document of the result codes in `text`; `None` when the module could not load.
pub async fn render_team(text: &str) -> Option<String> {
    call("renderTeam", &[text]).await.ok()?.as_string()
}

/// Downloads the team table as CSV; false when it failed.
pub async fn download_team(text: &str) -> bool {
    call("downloadTeam", &[text]).await.is_ok()
}

/// Calls a companion export by name with string arguments. `Err(Some(text))` is the export's own
/// refusal in words; `Err(None)` means the module could not be loaded.
pub async fn call(name: &str, args: &[&str]) -> Result<JsValue, Option<String>> {
    let promise = match args {
        [a] => call_1(name, a),
        [a, b] => call_2(name, a, b),
        [a, b, c] => call_3(name, a, b, c),
        _ => return Err(None),
    }
    .map_err(|_| None)?;
    JsFuture::from(promise).await.map_err(|e| e.as_string())
}
