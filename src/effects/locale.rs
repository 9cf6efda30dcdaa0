//! The language at the edges: the browser's preferences, fetching a translation (through boot.js,
//! which may have started the download beside the wasm), and `<html lang dir>`.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::effects::storage;
use radar_core::locale::Lang;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = leadershipRadar, js_name = localeText)]
    fn locale_text(code: &str) -> Result<js_sys::Promise, JsValue>;
}

/// The browser's preferred languages, most wanted first, led by a choice made earlier in the
/// switcher (which the URL's `lang` still overrides).
pub fn preferred() -> Vec<String> {
    let mut tags: Vec<String> = storage::language().into_iter().collect();
    if let Some(window) = web_sys::window() {
        tags.extend(
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string()),
        );
    }
    tags
}

/// Remembers a language picked in the switcher, where the browser allows it.
pub fn remember(lang: Lang) {
    storage::set_language(lang.code());
}

/// The text of a translation file, or why it could not be fetched.
pub async fn fetch(lang: Lang) -> Result<String, String> {
    let promise = locale_text(lang.code()).map_err(|_| "boot.js is missing".to_string())?;
    let value = JsFuture::from(promise).await.map_err(|e| {
        e.as_string()
            .unwrap_or_else(|| "the request failed".to_string())
    })?;
    value
        .as_string()
        .ok_or_else(|| "the response was not text".to_string())
}

/// Puts the page in `lang`: `<html lang dir>`, and the URL's `lang` if it has one (so a reload
/// keeps the choice).
pub fn apply(lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
        let _ = root.set_attribute("dir", lang.dir());
    }
    let Ok(url) = window
        .location()
        .href()
        .and_then(|href| web_sys::Url::new(&href))
    else {
        return;
    };
    let params = url.search_params();
    if params.get("lang").is_some_and(|code| code != lang.code()) {
        params.set("lang", lang.code());
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url.href()));
        }
    }
}
