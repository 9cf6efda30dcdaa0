//! The archetype card: the 2×2 pattern, both indices, balance and the biggest tilt.

use yew::prelude::*;

use crate::components::score_table::shown;
use crate::core::bank::{Bank, Pole};
use crate::core::interpretation::Interpretation;
use crate::core::scoring::{shown_gap, Lean, Report};
use crate::core::text::{fill, UiText};

/// The headline of the results.
///
/// A plain view function: stateless markup costs less wasm as a function than as a component.
///
/// * `report`: The scored session.
pub fn pattern_card(report: &Report) -> Html {
    let ui = UiText::builtin();
    let bank = Bank::builtin();
    let texts = Interpretation::builtin();
    let lean = report.lean().map(|lean| {
        let points = report
            .shown_tilt()
            .map(|t| t.to_string())
            .unwrap_or_default();
        match lean {
            Lean::Balanced => ui.lean_balanced.to_string(),
            Lean::Leading => fill(ui.lean_leading, &[("points", &points)]),
            Lean::Managing => fill(ui.lean_managing, &[("points", &points)]),
        }
    });
    let tilt = match report.biggest_tilt {
        Some(d) => {
            let scores = report.dimensions[d];
            let (lead, manage) = (scores.lead.unwrap_or(0.0), scores.manage.unwrap_or(0.0));
            let ahead = if lead > manage {
                Pole::Lead
            } else {
                Pole::Manage
            };
            let dimension = &bank.dimensions[d];
            // Both sides may round to the same shown score; "ahead by 0 points" would read as an error.
            let points = shown_gap(lead, manage);
            let template = if points == 0 {
                ui.biggest_tilt_slight
            } else {
                ui.biggest_tilt
            };
            fill(
                template,
                &[
                    ("dimension", dimension.name),
                    ("pole", dimension.pole_name(ahead)),
                    ("points", &points.to_string()),
                ],
            )
        }
        None => ui.biggest_tilt_none.to_string(),
    };
    let stat = |label: &'static str, value: Option<String>, class: &'static str| {
        html! {
            <div {class}>
                <dt>{ label }</dt>
                <dd>{ value.unwrap_or_else(|| ui.index_missing.to_string()) }</dd>
            </div>
        }
    };
    html! {
        <section class="card pattern-card" aria-labelledby="pattern-heading">
            if let Some(archetype) = report.archetype {
                <h2 id="pattern-heading" class="archetype-name" data-archetype={archetype.id()}>{ &texts.archetype(archetype).name }</h2>
                <p class="archetype-when">{ &texts.archetype(archetype).when }</p>
                <p>{ &texts.archetype(archetype).summary }</p>
                if report.near_line {
                    <p class="near-line">{ &ui.near_line }</p>
                }
            } else {
                <h2 id="pattern-heading">{ &ui.index_missing }</h2>
            }
            <dl class="stats">
                { stat(ui.leadership_index, report.leadership.map(|v| shown(ui, Some(v))), "stat stat-leading") }
                { stat(ui.management_index, report.management.map(|v| shown(ui, Some(v))), "stat stat-managing") }
                { stat(ui.balance, report.shown_balance().map(|b| b.to_string()), "stat stat-balance") }
            </dl>
            if let Some(lean) = lean {
                <p class="lean">{ lean }</p>
            }
            <p class="tilt">{ tilt }</p>
            if let Some(archetype) = report.archetype {
                <p class="archetype-next">{ &texts.archetype(archetype).next }</p>
            }
        </section>
    }
}
