//! The results page: radar and table, pattern, focus areas, agility, plan and honest caveats.

use yew::prelude::*;

use crate::components::agility_card::agility_card;
use crate::components::development_plan::development_plan;
use crate::components::focus_areas::focus_areas;
use crate::components::pattern_card::pattern_card;
use crate::components::radar_chart::radar_chart;
use crate::components::score_table::{score_table, shown};
use crate::components::start_over::StartOver;
use crate::core::bank::Bank;
use crate::core::flow::{Action, Scenarios, Session};
use crate::core::scoring::score;
use crate::core::text::{fill, UiText};
use crate::effects::dom;

/// The results screen.
///
/// A plain view function: stateless markup costs less wasm as a function than as a component.
pub fn results(session: &Session, dispatch: &Callback<Action>) -> Html {
    let ui = UiText::builtin();
    let bank = Bank::builtin();
    let report = score(
        bank,
        session.form,
        &session.responses,
        session.scenarios == Scenarios::Taken,
    );
    let details = bank
        .dimensions
        .iter()
        .zip(&report.dimensions)
        .map(|(d, s)| {
            format!(
                "{}: {} {}, {} {}.",
                d.name,
                ui.legend_leading,
                shown(ui, s.lead),
                ui.legend_managing,
                shown(ui, s.manage)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let summary = fill(ui.radar_summary, &[("details", &details)]);
    let change = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Review))
    };

    html! {
        <section class="screen results" aria-labelledby="results-heading">
            <h1 id="results-heading" tabindex="-1" data-autofocus="true">{ &ui.results_heading }</h1>
            <p class="results-note">{ &ui.results_read_only_note }</p>
            <div class="results-chart">
                <div class="results-visual">
                    { radar_chart(&report.dimensions, summary) }
                    { pattern_card(&report) }
                </div>
                { score_table(&report.dimensions) }
            </div>
            <div class="results-cards">
                { agility_card(report.agility) }
                { focus_areas(&report) }
            </div>
            { development_plan(&report) }
            <section class="card honesty" aria-labelledby="honesty-heading">
                <h2 id="honesty-heading">{ &ui.honesty_heading }</h2>
                <p>{ &ui.honesty_self_report }</p>
                <p>{ &ui.honesty_not_validated }</p>
                <p><strong>{ &ui.honesty_no_hiring }</strong></p>
            </section>
            <div class="results-actions">
                <button type="button" class="button button-primary" onclick={Callback::from(|_: MouseEvent| dom::print())}>{ &ui.print_results }</button>
                <button type="button" class="button button-secondary" onclick={change}>{ &ui.change_answers }</button>
                <StartOver dispatch={dispatch.clone()} />
            </div>
        </section>
    }
}
