//! Small DOM effects: moving focus after a screen change, scrolling to the top, printing.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Focuses the element the current screen marked with `data-autofocus`, so keyboard and screen
/// reader users start on the new content, and scrolls to the top.
pub fn focus_screen_start() {
    if focus("[data-autofocus]") {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }
}

/// Focuses the first element matching `selector` (scrolling it into view); false when none matches.
pub fn focus(selector: &str) -> bool {
    let target = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<HtmlElement>().ok());
    match target {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

/// Opens the browser's print dialog (the print stylesheet lays the results on one A4 page).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
