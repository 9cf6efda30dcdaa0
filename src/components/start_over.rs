//! "Start over", guarded by an inline confirmation because it deletes every answer; and "Take the
//! full form" after a short one, which starts over straight into the full form.

use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::texts;

use crate::hooks::use_locale::use_locale;

use radar_core::bank::Form;
use radar_core::flow::Action;

/// Props of [`StartOver`].
#[derive(Properties, PartialEq, Clone)]
pub struct StartOverProps {
    /// Receives `Action::Restart` once confirmed (then `Action::Start` of `form`, if any).
    pub dispatch: Callback<Action>,
    /// Start this form straight after (the short form's "Take the full form").
    #[prop_or_default]
    pub form: Option<Form>,
}

/// The button and its confirmation. Opening the confirmation focuses the safe choice (Cancel);
/// cancelling, by button or Escape, returns focus to "Start over".
#[component]
pub fn StartOver(props: &StartOverProps) -> Html {
    // Subscribes to the language, so a switch renders the texts again.
    use_locale();
    let screens = texts::all().screens;
    let confirming = use_state(|| false);
    let opener = use_node_ref();
    let cancel_button = use_node_ref();
    let first_render = use_mut_ref(|| true);
    {
        let (opener, cancel_button) = (opener.clone(), cancel_button.clone());
        use_effect_with(*confirming, move |confirming| {
            if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
                let target = if *confirming { &cancel_button } else { &opener };
                if let Some(element) = target.cast::<HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    let set = |value: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(value))
    };
    let onkeydown = {
        let confirming = confirming.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                confirming.set(false);
            }
        })
    };
    let form = props.form;
    let confirm = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Restart);
            if let Some(form) = form {
                dispatch.emit(Action::Start(form));
            }
        })
    };
    let (label, question, yes, id) = match form {
        Some(_) => (
            screens.take_full_form(),
            screens.take_full_form_confirm(),
            screens.take_full_form_yes(),
            "confirm-full-form",
        ),
        None => (
            screens.start_over(),
            screens.start_over_confirm(),
            screens.start_over_yes(),
            "confirm-text",
        ),
    };
    if *confirming {
        html! {
            <div class="confirm" role="alertdialog" aria-labelledby={id} aria-modal="false" {onkeydown}>
                <p {id}>{ question }</p>
                <div class="nav-buttons">
                    <button type="button" class="button button-secondary" onclick={set(false)} ref={cancel_button}>{ screens.cancel() }</button>
                    <button type="button" class="button button-danger" onclick={confirm}>{ yes }</button>
                </div>
            </div>
        }
    } else {
        html! { <button type="button" class="button button-secondary" onclick={set(true)} ref={opener}>{ label }</button> }
    }
}
