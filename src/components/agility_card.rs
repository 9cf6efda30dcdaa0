//! The agility card: how well the scenario choices matched the moment.

use yew::prelude::*;

use crate::core::interpretation::Interpretation;
use crate::core::scoring::{round_to_5, Agility};
use crate::core::text::{fill, UiText};

/// The "Switching hats" card.
///
/// A plain view function: stateless markup costs less wasm as a function than as a component.
pub fn agility_card(agility: Option<Agility>) -> Html {
    let ui = UiText::builtin();
    let texts = &Interpretation::builtin().agility;
    html! {
        <section class="card agility-card" aria-labelledby="agility-heading">
            <h2 id="agility-heading">{ &ui.agility_heading }</h2>
            if let Some(agility) = agility {
                <p class="agility-score">{ fill(ui.agility_score, &[("score", &round_to_5(agility.score).to_string())]) }</p>
                <p>{ texts.for_score(agility.score) }</p>
                if agility.switched_hats {
                    <p class="switched-hats">{ &texts.switched }</p>
                }
            } else {
                <p class="agility-skipped">{ &texts.skipped }</p>
            }
        </section>
    }
}
