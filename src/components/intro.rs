//! The intro screen: what the assessment is and is not, and the choice of form.

use yew::prelude::*;

use crate::core::bank::Form;
use crate::core::flow::Action;
use crate::core::text::UiText;

/// The first screen.
///
/// A plain view function: stateless markup costs less wasm as a function than as a component.
///
/// * `dispatch`: Receives `Action::Start`.
pub fn intro(dispatch: &Callback<Action>) -> Html {
    let ui = UiText::builtin();
    let start = |form: Form| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Start(form)))
    };
    html! {
        <section class="screen intro" aria-labelledby="intro-heading">
            <h1 id="intro-heading" tabindex="-1" data-autofocus="true">{ &ui.intro_heading }</h1>
            <p class="lead">{ &ui.intro_lead }</p>
            <ul class="intro-facts">
                <li>{ &ui.intro_is }</li>
                <li>{ &ui.intro_is_not }</li>
                <li>{ &ui.intro_privacy }</li>
            </ul>
            <p>{ &ui.intro_how }</p>
            <div class="form-choice">
                <div class="form-option">
                    <h2>{ &ui.short_form_name }</h2>
                    <p>{ &ui.short_form_detail }</p>
                    <button type="button" class="button button-primary" onclick={start(Form::Short)}>{ &ui.start_short }</button>
                </div>
                <div class="form-option">
                    <h2>{ &ui.full_form_name }</h2>
                    <p>{ &ui.full_form_detail }</p>
                    <button type="button" class="button button-secondary" onclick={start(Form::Full)}>{ &ui.start_full }</button>
                </div>
            </div>
        </section>
    }
}
