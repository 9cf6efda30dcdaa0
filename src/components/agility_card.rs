//! The agility card: how well the scenario choices matched the moment.

use yew::prelude::*;

use crate::core::interpretation::Interpretation;
use crate::core::scoring::{round_to_5, Agility};
use crate::core::text::{fill, UiText};

/// Props of [`AgilityCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct AgilityCardProps {
    /// The agility result, or `None` when the scenarios were skipped.
    pub agility: Option<Agility>,
}

/// The "Switching hats" card.
#[component]
pub fn AgilityCard(props: &AgilityCardProps) -> Html {
    let ui = UiText::builtin();
    let texts = &Interpretation::builtin().agility;
    html! {
        <section class="card agility-card" aria-labelledby="agility-heading">
            <h2 id="agility-heading">{ &ui.agility_heading }</h2>
            if let Some(agility) = props.agility {
                <p class="agility-score">{ fill(&ui.agility_score, &[("score", &round_to_5(agility.score).to_string())]) }</p>
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
