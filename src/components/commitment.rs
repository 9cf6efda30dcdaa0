//! "Your commitment" on the results: the one or two actions the person chose in their plan (the
//! plan's "I will do this" boxes, in the results document), shown first on the page and on paper,
//! with a "by when" line to fill in.

use yew::prelude::*;

use crate::texts;
use radar_core::priorities::Chosen;

/// Props of [`Commitment`].
#[derive(Properties, PartialEq, Clone)]
pub struct CommitmentProps {
    /// The actions chosen, as kept beside the results.
    pub chosen: Chosen,
    /// Set when a third action was refused, until the next change.
    pub refused: bool,
}

/// The chosen actions, or how to choose them.
#[component]
pub fn Commitment(props: &CommitmentProps) -> Html {
    let all = texts::all();
    let screens = all.screens;
    let items = props.chosen.0.iter().filter_map(|side| {
        let dimension = all.bank.dimensions.get(side.dimension)?;
        let action = all.interpretation.action(side.dimension, side.pole)?;
        Some(html! {
            <li>
                <strong>{ format!("{} ({})", dimension.pole_name(side.pole), dimension.name) }</strong>
                { " " }{ action.action }
            </li>
        })
    });
    html! {
        <section class={classes!("card", "commitment", props.chosen.0.is_empty().then_some("commitment-empty"))} aria-labelledby="commitment-heading">
            <h2 id="commitment-heading">{ screens.commitment_heading() }</h2>
            if props.chosen.0.is_empty() {
                <p>{ screens.commitment_none() }</p>
            } else {
                <p>{ screens.commitment_lead() }</p>
                <ol class="commitment-list">{ for items }</ol>
                <p class="commitment-by-when">{ screens.commitment_by_when() }</p>
            }
            <p class="commitment-status" role="status">
                if props.refused { { screens.commitment_two() } }
            </p>
        </section>
    }
}
