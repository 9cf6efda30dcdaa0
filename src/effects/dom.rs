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
/// An element that has the focus already loses it first: the content around it changed (a
/// statement screen reuses its radios), and focusing it again is what assistive technology
/// announces.
pub fn focus(selector: &str) -> bool {
    let document = web_sys::window().and_then(|w| w.document());
    let target = document
        .as_ref()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<HtmlElement>().ok());
    let Some(element) = target else {
        return false;
    };
    let active = document.and_then(|d| d.active_element());
    if active.is_some_and(|active| element.is_same_node(Some(&active))) {
        let _ = element.blur();
    }
    element.focus().is_ok()
}

/// Whether the focused element is inside (or is) the first element matching `selector`.
pub fn focus_within(selector: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|active| active.closest(selector).ok().flatten())
        .is_some()
}

/// Opens the browser's print dialog (the print stylesheet lays the results on one A4 page).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The page URL's query string (`?…`), or nothing.
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Writes a warning to the browser console.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Whether the page runs inside a frame (an iframe or an LMS frameset).
pub fn framed() -> bool {
    web_sys::window().is_some_and(|w| match w.parent() {
        Ok(Some(parent)) => parent != w,
        _ => false,
    })
}

/// Applies the `theme` and `accent` parameters to the root element. The accent goes in as custom
/// properties through the CSSOM, which a strict CSP allows (a `style` attribute in markup it would not).
pub fn apply_look(theme: Option<&str>, accent: Option<(&str, &str)>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    if let Some(theme) = theme {
        let _ = root.set_attribute("data-theme", theme);
    }
    if let (Some((accent, ink)), Ok(root)) = (accent, root.dyn_into::<HtmlElement>()) {
        let style = root.style();
        if style.set_property("--accent", accent).is_ok()
            && style.set_property("--accent-ink", ink).is_ok()
        {
            let _ = root.set_attribute("data-accent", "");
        }
    }
}

/// The page URL's fragment (`#…`), or nothing.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's address without its fragment, for building links.
pub fn address_without_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| match href.split_once('#') {
            Some((address, _)) => address.to_string(),
            None => href,
        })
        .unwrap_or_default()
}

/// Removes the fragment from the address bar without reloading or adding a history entry.
pub fn clear_hash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let address = address_without_hash();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

/// Today's date in words, as the reader's language writes it ("7 December 2026"), for the printout.
pub fn today_in_words(lang: &str) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    String::from(js_sys::Date::new_0().to_locale_date_string(lang, &options))
}
