//! "Start over", guarded by an inline confirmation because it deletes every answer.

use yew::prelude::*;

use crate::core::flow::Action;
use crate::core::text::UiText;

/// Props of [`StartOver`].
#[derive(Properties, PartialEq, Clone)]
pub struct StartOverProps {
    /// Receives `Action::Restart` once confirmed.
    pub dispatch: Callback<Action>,
}

/// The button and its confirmation.
#[component]
pub fn StartOver(props: &StartOverProps) -> Html {
    let ui = UiText::builtin();
    let confirming = use_state(|| false);
    let toggle = |value: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(value))
    };
    let confirm = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Restart))
    };
    if *confirming {
        html! {
            <div class="confirm" role="alertdialog" aria-labelledby="confirm-text" aria-modal="false">
                <p id="confirm-text">{ &ui.start_over_confirm }</p>
                <div class="nav-buttons">
                    <button type="button" class="button button-secondary" onclick={toggle(false)}>{ &ui.cancel }</button>
                    <button type="button" class="button button-danger" onclick={confirm} data-autofocus="true">{ &ui.start_over_yes }</button>
                </div>
            </div>
        }
    } else {
        html! { <button type="button" class="button button-secondary" onclick={toggle(true)}>{ &ui.start_over }</button> }
    }
}
