//! The development plan: per dimension, the action for each low pole (management first when both are low).

use yew::prelude::*;

use crate::core::bank::Bank;
use crate::core::interpretation::Interpretation;
use crate::core::scoring::{PlanEntry, Report};
use crate::core::text::UiText;

/// The plan list.
///
/// A plain view function: stateless markup costs less wasm as a function than as a component.
///
/// * `report`: The scored session.
pub fn development_plan(report: &Report) -> Html {
    let ui = UiText::builtin();
    let bank = Bank::builtin();
    let texts = Interpretation::builtin();
    html! {
        <section class="card development-plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{ &ui.plan_heading }</h2>
            <p>{ &ui.plan_lead }</p>
            <ol class="plan-list">
                { for report.plan().into_iter().enumerate().map(|(d, entry)| {
                    let dimension = &bank.dimensions[d];
                    html! {
                        <li class="plan-entry" data-dimension={dimension.id}>
                            <h3>{ &dimension.name }</h3>
                            { match entry {
                                PlanEntry::Actions(poles) => poles.into_iter().filter_map(|pole| {
                                    let action = texts.action(d, pole)?;
                                    Some(html! {
                                        <div class="plan-action" data-pole={pole.id()}>
                                            <p class="plan-pole">{ dimension.pole_name(pole) }</p>
                                            <p class="plan-suggests">{ &ui.plan_suggests }{ " " }{ &action.suggests }</p>
                                            <p class="plan-do">{ &action.action }</p>
                                            <p class="source">{ &ui.source_label }{ " " }{ &action.source }</p>
                                        </div>
                                    })
                                }).collect::<Html>(),
                                PlanEntry::BothHigh => html! {
                                    <p class="plan-both-high">{ if report.agility.is_some() { ui.plan_both_high } else { ui.plan_both_high_no_agility } }</p>
                                },
                                PlanEntry::Unknown => html! { <p>{ &ui.plan_unknown }</p> },
                            } }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
