//! The bridge between items and scenarios: take them, or (short form) skip them.

use yew::prelude::*;

use crate::hooks::use_locale::use_locale;
use crate::texts;
use radar_core::bank::Form;
use radar_core::flow::Action;

/// Props of [`ScenarioIntro`].
#[derive(Properties, PartialEq, Clone)]
pub struct ScenarioIntroProps {
    /// The form being taken; only the short form may skip.
    pub form: Form,
    /// Receives the choice.
    pub dispatch: Callback<Action>,
}

/// The "Switching hats" screen.
#[component]
pub fn ScenarioIntro(props: &ScenarioIntroProps) -> Html {
    let ScenarioIntroProps { form, dispatch } = props;
    let form = *form;
    let ui = use_locale().ui;
    let screens = texts::all().screens;
    let send = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(action))
    };
    html! {
        <section class="screen scenario-intro" aria-labelledby="scenarios-heading">
            <h1 id="scenarios-heading" tabindex="-1" data-autofocus="true">{ screens.scenarios_heading() }</h1>
            <p class="lead">{ screens.scenarios_lead() }</p>
            if form == Form::Short {
                <p>{ screens.scenarios_skip_note() }</p>
            }
            <div class="nav-buttons">
                <button type="button" class="button button-secondary" onclick={send(Action::Back)}>{ ui.back() }</button>
                if form == Form::Short {
                    <button type="button" class="button button-secondary" onclick={send(Action::SkipScenarios)}>{ screens.skip_scenarios() }</button>
                }
                <button type="button" class="button button-primary" onclick={send(Action::StartScenarios)}>{ screens.start_scenarios() }</button>
            </div>
        </section>
    }
}
