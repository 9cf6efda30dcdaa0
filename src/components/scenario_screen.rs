//! One scenario: choose the most and the least effective first move.

use yew::prelude::*;

use crate::components::nav_buttons::nav_buttons;
use crate::components::progress_bar::progress_bar;
use crate::hooks::use_locale::use_locale;
use crate::texts;
use radar_core::flow::Action;
use radar_core::responses::Pick;
use radar_core::text::fill;

/// Option letters shown beside the moves.
pub const LETTERS: [&str; 4] = ["A", "B", "C", "D"];

/// Props of [`ScenarioScreen`].
#[derive(Properties, PartialEq, Clone)]
pub struct ScenarioScreenProps {
    /// Index of the scenario in the bank.
    pub index: usize,
    /// The picks so far.
    pub pick: Pick,
    /// Opened from the review.
    pub from_review: bool,
    /// Receives picks and navigation.
    pub dispatch: Callback<Action>,
}

/// The scenario screen.
#[component]
pub fn ScenarioScreen(props: &ScenarioScreenProps) -> Html {
    use_locale();
    let ScenarioScreenProps {
        index,
        pick,
        from_review,
        dispatch,
    } = props.clone();
    let screens = texts::all().screens;
    let bank = texts::bank();
    let Some(scenario) = bank.scenarios.get(index) else {
        return html! {};
    };
    let (number, part) = bank.scenario_number(index);
    let total = bank.scenario_count();
    let progress = fill(
        screens.progress_scenarios(),
        &[("n", &number.to_string()), ("total", &total.to_string())],
    );

    let group = |name: &str, legend: &str, chosen: Option<u8>, other: Option<u8>, best: bool| {
        html! {
            <fieldset class="choice-group" aria-describedby="scenario-prompt">
                <legend>{ legend.to_string() }</legend>
                { for scenario.options.iter().enumerate().map(|(i, option)| {
                    let option_index = i as u8;
                    let dispatch = dispatch.clone();
                    let onchange = Callback::from(move |_: Event| {
                        dispatch.emit(if best { Action::PickBest(index, option_index) } else { Action::PickLeast(index, option_index) })
                    });
                    let taken = other == Some(option_index);
                    html! {
                        <label class="choice" data-taken={taken.then_some("true")}>
                            <input
                                type="radio"
                                name={format!("{name}-{index}")}
                                value={LETTERS[i]}
                                checked={chosen == Some(option_index)}
                                {onchange}
                            />
                            <span class="choice-letter" aria-hidden="true">{ LETTERS[i] }</span>
                            <span class="choice-text">{ &option.text }</span>
                        </label>
                    }
                }) }
            </fieldset>
        }
    };

    html! {
        <section class="screen scenario-screen" key={format!("scenario-{index}")} aria-labelledby="scenario-title">
            { progress_bar(number, total, progress) }
            <h1 id="scenario-title" class="scenario-title" tabindex="-1" data-autofocus="true">
                { &scenario.title }
                if let Some(part) = part {
                    <span class="scenario-part">{ fill(screens.scenario_part(), &[("n", &part.to_string())]) }</span>
                }
            </h1>
            <p class="scenario-prompt" id="scenario-prompt">{ &scenario.prompt }</p>
            <div class="choice-groups">
                { group("best", screens.most_effective(), pick.best, pick.least, true) }
                { group("least", screens.least_effective(), pick.least, pick.best, false) }
            </div>
            <p class="hint">{ screens.same_option_note() }</p>
            { nav_buttons(true, pick.is_complete(), from_review, &dispatch) }
        </section>
    }
}
