//! The radar's data as a table: the same numbers, readable by everyone.

use yew::prelude::*;

use crate::core::bank::Bank;
use crate::core::scoring::{round_to_5, DimensionScore};
use crate::core::text::UiText;

/// A displayed score: rounded to the nearest 5, or "not enough answers".
pub fn shown(ui: &UiText, score: Option<f64>) -> String {
    score.map_or_else(|| ui.no_score.to_string(), |s| round_to_5(s).to_string())
}

/// The table beside the radar.
///
/// A plain view function: stateless markup costs less wasm as a function than as a component.
pub fn score_table(scores: &[DimensionScore]) -> Html {
    let ui = UiText::builtin();
    let bank = Bank::builtin();
    html! {
        <table class="score-table">
            <caption>{ &ui.table_caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ &ui.column_dimension }</th>
                    <th scope="col">{ &ui.column_leading }</th>
                    <th scope="col">{ &ui.column_managing }</th>
                </tr>
            </thead>
            <tbody>
                { for bank.dimensions.iter().zip(scores).map(|(dimension, score)| html! {
                    <tr data-dimension={dimension.id}>
                        <th scope="row">
                            <span class="dimension-name">{ &dimension.name }</span>
                            <span class="pole-name pole-name-lead">{ dimension.lead }</span>
                            <span class="pole-name pole-name-manage">{ dimension.manage }</span>
                        </th>
                        <td data-pole="lead">{ shown(ui, score.lead) }</td>
                        <td data-pole="manage">{ shown(ui, score.manage) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
