//! The archetype card: the 2×2 pattern, both indices, balance and the biggest tilt.

use yew::prelude::*;

use crate::components::score_table::shown;
use crate::core::bank::{Bank, Pole};
use crate::core::interpretation::Interpretation;
use crate::core::scoring::{round_to_5, Lean, Report};
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
            .tilt()
            .map(|t| round_to_5(t.abs()).to_string())
            .unwrap_or_default();
        match lean {
            Lean::Balanced => ui.lean_balanced.to_string(),
            Lean::Leading => fill(&ui.lean_leading, &[("points", &points)]),
            Lean::Managing => fill(&ui.lean_managing, &[("points", &points)]),
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
            fill(
                &ui.biggest_tilt,
                &[
                    ("dimension", dimension.name),
                    ("pole", dimension.pole_name(ahead)),
                    ("points", &round_to_5((lead - manage).abs()).to_string()),
                ],
            )
        }
        None => ui.biggest_tilt_none.to_string(),
    };
    let index = |label: &str, value: Option<f64>, class: &str| {
        html! {
            <div class={classes!("stat", class.to_string())}>
                <dt>{ label.to_string() }</dt>
                <dd>{ value.map_or_else(|| ui.index_missing.to_string(), |v| shown(ui, Some(v))) }</dd>
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
                { index(&ui.leadership_index, report.leadership, "stat-leading") }
                { index(&ui.management_index, report.management, "stat-managing") }
                { index(&ui.balance, report.balance(), "stat-balance") }
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
