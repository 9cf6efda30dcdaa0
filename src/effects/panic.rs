//! Shows the static error card from `index.html` when Rust panics, so a panic never leaves a blank page.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Installs the panic hook.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Leadership Radar: {info}").into());
        show_error_card();
    }));
}

/// Hides the app and reveals the error card with its restart buttons (wired up by `boot.js`).
pub fn show_error_card() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(card) = document.get_element_by_id("fatal") {
        let _ = card.remove_attribute("hidden");
        // Focus the card so keyboard and screen reader users land on it, not on a hidden app.
        if let Ok(card) = card.dyn_into::<HtmlElement>() {
            let _ = card.focus();
        }
    }
    if let Some(app) = document.get_element_by_id("app") {
        let _ = app.set_attribute("hidden", "");
    }
}
