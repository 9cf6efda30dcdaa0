//! Small DOM effects: moving focus after a screen change, scrolling to the top, printing.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Focuses the element the current screen marked with `data-autofocus`, so keyboard and screen
/// reader users start on the new content.
pub fn focus_screen_start() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let target = document
        .query_selector("[data-autofocus]")
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<HtmlElement>().ok());
    if let Some(element) = target {
        let _ = element.focus();
    }
    window.scroll_to_with_x_and_y(0.0, 0.0);
}

/// Opens the browser's print dialog (the print stylesheet lays the results on one A4 page).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
