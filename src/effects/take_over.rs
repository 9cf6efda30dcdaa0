//! The hand-over from the first-load module to the full one, through boot.js.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::report::describe;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_name = leadershipRadarTakeOver)]
    fn take_over(
        record: &str,
        lang: &str,
        notice: &str,
        focus: &str,
    ) -> Result<js_sys::Promise, JsValue>;
}

/// Has the full module take the page over from this one, continuing the session saved as `record`
/// in the language `lang`, with `notice` (a `Notice` id, or empty) on show, and the focus where
/// `arrival` (an `Arrival` id) says. This module's app is taken out of the page first. An error is a
/// full module that could not be loaded; this app is then still in place.
pub async fn start(record: &str, lang: &str, notice: &str, arrival: &str) -> Result<(), String> {
    let promise = take_over(record, lang, notice, arrival).map_err(describe)?;
    JsFuture::from(promise).await.map(drop).map_err(describe)
}
