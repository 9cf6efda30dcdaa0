//! The intro screen: what the assessment is and is not, the choice of form, and resuming from a code.

use yew::prelude::*;

use crate::texts;
use radar_core::bank::Form;
use radar_core::flow::Action;

/// The first screen.
///
/// A plain view function: stateless markup costs less wasm as a function than as a component.
///
/// * `only`: The form the URL chose (`form`), if any: then only that one is offered.
/// * `privacy`: What happens to the answers here, and where progress is kept, in words.
/// * `dispatch`: Receives `Action::Start`.
/// * `resume`: "Have a resume code?" (see `components::resume_entry`).
pub fn intro(
    only: Option<Form>,
    privacy: [&'static str; 2],
    dispatch: &Callback<Action>,
    resume: Html,
) -> Html {
    let ui = texts::ui();
    let start = |form: Form| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Start(form)))
    };
    let offered = |form: Form| only.is_none_or(|o| o == form);
    html! {
        <section class="screen intro" aria-labelledby="intro-heading">
            <h1 id="intro-heading" tabindex="-1" data-autofocus="true">{ ui.intro_heading() }</h1>
            <p class="lead">{ ui.intro_lead() }</p>
            <ul class="intro-facts">
                <li>{ ui.intro_is() }</li>
                <li>{ ui.intro_is_not() }</li>
                <li>{ privacy[0] }{ " " }{ privacy[1] }</li>
            </ul>
            <p>{ ui.intro_how() }</p>
            <div class="form-choice">
                if offered(Form::Short) {
                    <div class="form-option">
                        <h2>{ ui.short_form_name() }</h2>
                        <p>{ ui.short_form_detail() }</p>
                        <button type="button" class="button button-primary" onclick={start(Form::Short)}>{ ui.start_short() }</button>
                    </div>
                }
                if offered(Form::Full) {
                    <div class="form-option">
                        <h2>{ ui.full_form_name() }</h2>
                        <p>{ ui.full_form_detail() }</p>
                        // Static classes only: a computed class would bring Yew's class set into the wasm.
                        if only.is_some() {
                            <button type="button" class="button button-primary" onclick={start(Form::Full)}>{ ui.start_full() }</button>
                        } else {
                            <button type="button" class="button button-secondary" onclick={start(Form::Full)}>{ ui.start_full() }</button>
                        }
                    </div>
                }
            </div>
            { resume }
        </section>
    }
}
