//! Copying text to the clipboard.

use wasm_bindgen_futures::JsFuture;

/// Copies `text`; false when the browser refused (no permission, an insecure page, an old browser).
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    // Insecure pages and old browsers have no `navigator.clipboard`: calling it would throw.
    if clipboard.is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
