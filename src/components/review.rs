//! The review: every answer listed, each changeable, before the results.

use yew::prelude::*;

use crate::components::scenario_screen::LETTERS;
use crate::hooks::use_locale::use_locale;
use crate::texts;
use radar_core::flow::{Action, Scenarios, Session};
use radar_core::responses::Answer;
use radar_core::text::{fill, UiText};

/// The answer's label in the scale's words.
pub fn answer_label(ui: &UiText, answer: Option<Answer>) -> &'static str {
    match answer {
        Some(Answer::Scale(1)) => ui.scale_1(),
        Some(Answer::Scale(2)) => ui.scale_2(),
        Some(Answer::Scale(3)) => ui.scale_3(),
        Some(Answer::Scale(4)) => ui.scale_4(),
        Some(Answer::Scale(_)) => ui.scale_5(),
        Some(Answer::NoOpportunity) => ui.no_opportunity(),
        None => texts::all().screens.not_answered(),
    }
}

/// Props of [`Review`].
#[derive(Properties, PartialEq, Clone)]
pub struct ReviewProps {
    /// The session to list.
    pub session: Session,
    /// Receives edits and "see results".
    pub dispatch: Callback<Action>,
}

/// The review screen.
#[component]
pub fn Review(props: &ReviewProps) -> Html {
    let ReviewProps { session, dispatch } = props;
    let locale = use_locale();
    let ui = locale.ui;
    let screens = texts::all().screens;
    let bank = texts::bank();
    let send = |action: Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(action))
    };
    let option_text = |scenario: usize, option: Option<u8>| -> String {
        option
            .and_then(|o| {
                Some(format!(
                    "{} {}",
                    LETTERS.get(usize::from(o))?,
                    bank.scenarios[scenario].options.get(usize::from(o))?.text
                ))
            })
            .unwrap_or_else(|| screens.not_answered().to_string())
    };

    html! {
        <section class="screen review" aria-labelledby="review-heading">
            <h1 id="review-heading" tabindex="-1" data-autofocus="true">{ screens.review_heading() }</h1>
            <p class="lead">{ screens.review_lead() }</p>
            <h2>{ screens.review_items() }</h2>
            <ol class="review-list">
                { for session.sequence.iter().enumerate().map(|(position, &item)| {
                    let answer = session.answer_at(position);
                    html! {
                        <li class="review-row">
                            <span class="review-statement">{ &bank.items[item].text }</span>
                            <span class="review-answer" data-missing={answer.is_none().then_some("true")}>{ answer_label(ui, answer) }</span>
                            <button type="button" class="button button-quiet" onclick={send(Action::EditItem(position))} data-review-item={position.to_string()}
                                aria-label={fill(locale.lang, screens.change_item(), &[("n", &(position + 1).to_string())])}>{ screens.change() }</button>
                        </li>
                    }
                }) }
            </ol>
            <h2>{ screens.review_scenarios() }</h2>
            if session.scenarios == Scenarios::Skipped {
                <p>{ screens.review_scenarios_skipped() }</p>
                <button type="button" class="button button-secondary" onclick={send(Action::StartScenarios)}>{ screens.take_scenarios() }</button>
            } else {
                <ol class="review-list">
                    { for bank.scenarios.iter().enumerate().map(|(index, scenario)| {
                        let pick = session.responses.picks.get(index).copied().unwrap_or_default();
                        let (number, part) = bank.scenario_number(index);
                        let title = match part {
                            Some(part) => format!("{} ({})", scenario.title, fill(locale.lang, screens.scenario_part(), &[("n", &part.to_string())])),
                            None => scenario.title.to_string(),
                        };
                        html! {
                            <li class="review-row review-row-scenario">
                                <span class="review-statement">
                                    <strong>{ title }</strong>
                                    <span class="review-pick">{ screens.most_label() }{ " " }{ option_text(index, pick.best) }</span>
                                    <span class="review-pick">{ screens.least_label() }{ " " }{ option_text(index, pick.least) }</span>
                                </span>
                                <button type="button" class="button button-quiet" onclick={send(Action::EditScenario(index))} data-review-scenario={index.to_string()}
                                    aria-label={fill(locale.lang, screens.change_scenario(), &[("n", &format!("{number}{}", part.map(|p| format!(".{p}")).unwrap_or_default()))])}>{ screens.change() }</button>
                            </li>
                        }
                    }) }
                </ol>
            }
            <div class="nav-buttons">
                <button type="button" class="button button-primary" onclick={send(Action::ShowResults)} disabled={!session.is_complete()}>{ screens.see_results() }</button>
            </div>
        </section>
    }
}
