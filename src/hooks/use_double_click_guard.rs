//! Swallows the second click of a double-click or double-tap anywhere in the page.
//!
//! Answering moves on at once and the next screen puts its controls where the last ones were, so
//! without this a double-click would also answer the next item or press the next screen's button.

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::MouseEvent;
use yew::prelude::*;

/// Installs one capture-phase listener on the window for the life of the component.
#[hook]
pub fn use_double_click_guard() {
    use_effect_with((), |_| {
        let options = EventListenerOptions {
            phase: EventListenerPhase::Capture,
            passive: false,
        };
        let listener = web_sys::window().map(|window| {
            EventListener::new_with_options(&window, "click", options, |event| {
                // `detail` counts rapid clicks at one spot; keyboard activation reports 0.
                if event
                    .dyn_ref::<MouseEvent>()
                    .is_some_and(|m| m.detail() > 1)
                {
                    event.prevent_default();
                    event.stop_propagation();
                }
            })
        });
        move || drop(listener)
    });
}
