//! Keys 1 to 5 answer the current item, as in the best one-question-per-screen tools.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use radar_core::flow::Action;
use radar_core::responses::Answer;

/// Listens for digit keys on the document while an item is shown.
///
/// # Arguments
/// * `position` - the item's position in the sequence, or `None` when no item is shown.
/// * `dispatch` - receives `Action::Answer(position, Scale(n))`.
#[hook]
pub fn use_answer_keys(position: Option<usize>, dispatch: Callback<Action>) {
    use_effect_with((position, dispatch), |(position, dispatch)| {
        let position = *position;
        let dispatch = dispatch.clone();
        let listener = web_sys::window()
            .and_then(|w| w.document())
            .zip(position)
            .map(|(document, position)| {
                // Not passive: the handler calls prevent_default so the digit is not also typed or scrolled on.
                EventListener::new_with_options(
                    &document,
                    "keydown",
                    EventListenerOptions::enable_prevent_default(),
                    move |event| {
                        let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                            return;
                        };
                        if event.ctrl_key()
                            || event.meta_key()
                            || event.alt_key()
                            || event.repeat()
                            || typing(event)
                        {
                            return;
                        }
                        let value = match event.key().as_str() {
                            "1" => 1,
                            "2" => 2,
                            "3" => 3,
                            "4" => 4,
                            "5" => 5,
                            _ => return,
                        };
                        if let Some(answer) = Answer::scale(value) {
                            event.prevent_default();
                            dispatch.emit(Action::Answer(position, answer));
                        }
                    },
                )
            });
        move || drop(listener)
    });
}

/// Digits typed into a text field or a button's own handling are not answers.
fn typing(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "TEXTAREA" | "SELECT")
                || el.is_content_editable()
                || (el.tag_name() == "INPUT"
                    && !matches!(
                        el.get_attribute("type").as_deref(),
                        Some("radio" | "checkbox")
                    ))
        })
}
