//! Browser test: after a panic the static error card replaces the app, so the page is never blank.
#![cfg(target_arch = "wasm32")]

use leadership_radar::effects::panic::show_error_card;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_error_card_replaces_the_app() {
    let document = gloo::utils::document();
    let body = document.body().expect("a body");
    // The same two elements index.html ships: the app root and the hidden card.
    let app = document.create_element("div").unwrap();
    app.set_id("app");
    let card = document.create_element("section").unwrap();
    card.set_id("fatal");
    card.set_attribute("hidden", "").unwrap();
    card.set_attribute("role", "alert").unwrap();
    body.append_child(&app).unwrap();
    body.append_child(&card).unwrap();

    show_error_card();

    assert!(!card.has_attribute("hidden"), "the card is shown");
    assert!(app.has_attribute("hidden"), "the broken app is hidden");
}

#[wasm_bindgen_test]
fn showing_the_card_without_the_markup_does_not_throw() {
    // On a page without the card (an embedding host's own page, say) the hook must stay silent.
    for id in ["app", "fatal"] {
        if let Some(element) = gloo::utils::document().get_element_by_id(id) {
            element.remove();
        }
    }
    show_error_card();
}
