//! The focus areas: the lowest-rated poles, with what they may mean.

use yew::prelude::*;

use crate::components::score_table::shown;
use crate::core::bank::Bank;
use crate::core::interpretation::Interpretation;
use crate::core::scoring::Report;
use crate::core::text::UiText;

/// The list of focus areas.
///
/// A plain view function: stateless markup costs less wasm as a function than as a component.
///
/// * `report`: The scored session.
pub fn focus_areas(report: &Report) -> Html {
    let ui = UiText::builtin();
    let bank = Bank::builtin();
    let texts = Interpretation::builtin();
    // What a low score "may mean" only applies below the line.
    let below = report.focus_below_line();
    html! {
        <section class="card focus-areas" aria-labelledby="focus-heading">
            <h2 id="focus-heading">{ &ui.focus_heading }</h2>
            <p>{ if below { ui.focus_lead } else { ui.focus_none_below } }</p>
            <ul class="focus-list">
                { for report.focus.iter().map(|focus| {
                    let dimension = &bank.dimensions[focus.dimension];
                    let score = report.dimensions[focus.dimension].pole(focus.pole);
                    let suggests = texts.action(focus.dimension, focus.pole).filter(|_| below).map(|a| a.suggests).unwrap_or_default();
                    html! {
                        <li>
                            <strong>{ format!("{} ({}): {}", dimension.pole_name(focus.pole), dimension.name, shown(ui, score)) }</strong>
                            <span>{ suggests }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
