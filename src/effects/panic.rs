//! Shows the static error card from `index.html` when Rust panics, so a panic never leaves a blank page.

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
    }
    if let Some(app) = document.get_element_by_id("app") {
        let _ = app.set_attribute("hidden", "");
    }
}
