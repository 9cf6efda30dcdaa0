//! One scenario: choose the most and the least effective first move. Each option's text appears
//! once, with two native radios under it ("Most effective", "Least effective") that belong to the
//! scenario's two radio groups, so a stage reads as one list of moves, on a phone too.

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

/// Which of the two picks a radio makes.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Best,
    Least,
}

impl Side {
    /// The radio group's name (with the scenario's index) and the option's id suffix.
    fn id(self) -> &'static str {
        match self {
            Side::Best => "best",
            Side::Least => "least",
        }
    }
}

/// The scenario screen.
#[component]
pub fn ScenarioScreen(props: &ScenarioScreenProps) -> Html {
    let lang = use_locale().lang;
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
        lang,
        screens.progress_scenarios(),
        &[("n", &number.to_string()), ("total", &total.to_string())],
    );

    // One radio of an option: its visible label is the pick ("Most effective"), its accessible
    // name that label followed by the option's text, so a screen reader hears which move it picks.
    let radio = |option: u8, side: Side| {
        let chosen = match side {
            Side::Best => pick.best,
            Side::Least => pick.least,
        };
        let label = match side {
            Side::Best => screens.most_effective(),
            Side::Least => screens.least_effective(),
        };
        let dispatch = dispatch.clone();
        let onchange = Callback::from(move |_: Event| {
            dispatch.emit(match side {
                Side::Best => Action::PickBest(index, option),
                Side::Least => Action::PickLeast(index, option),
            })
        });
        let label_id = format!("option-{option}-{}", side.id());
        html! {
            <label class={classes!("pick", format!("pick-{}", side.id()))}>
                <input
                    type="radio"
                    name={format!("{}-{index}", side.id())}
                    value={LETTERS[usize::from(option)]}
                    checked={chosen == Some(option)}
                    aria-labelledby={format!("{label_id} option-{option}-text")}
                    {onchange}
                />
                <span id={label_id}>{ label }</span>
            </label>
        }
    };

    html! {
        <section class="screen scenario-screen" key={format!("scenario-{index}")} aria-labelledby="scenario-title">
            { progress_bar(number, total, progress) }
            <h1 id="scenario-title" class="scenario-title" tabindex="-1" data-autofocus="true">
                { &scenario.title }
                if let Some(part) = part {
                    <span class="scenario-part">{ fill(lang, screens.scenario_part(), &[("n", &part.to_string())]) }</span>
                }
            </h1>
            <p class="scenario-prompt" id="scenario-prompt">{ &scenario.prompt }</p>
            <fieldset class="moves" aria-describedby="scenario-prompt">
                // The prompt and the picks' own labels say it on screen; the legend names the group.
                <legend class="visually-hidden">{ screens.choose_moves() }</legend>
                { for scenario.options.iter().enumerate().map(|(i, option)| {
                    let at = i as u8;
                    let picked = if pick.best == Some(at) {
                        Some("best")
                    } else if pick.least == Some(at) {
                        Some("least")
                    } else {
                        None
                    };
                    html! {
                        <div class="move" data-picked={picked}>
                            <p class="move-text">
                                <span class="choice-letter" aria-hidden="true">{ LETTERS[i] }</span>
                                <span id={format!("option-{at}-text")}>{ &option.text }</span>
                            </p>
                            <div class="move-picks">
                                { radio(at, Side::Best) }
                                { radio(at, Side::Least) }
                            </div>
                        </div>
                    }
                }) }
            </fieldset>
            <p class="hint">{ screens.same_option_note() }</p>
            { nav_buttons(true, pick.is_complete(), from_review, &dispatch) }
        </section>
    }
}
