//! The agility card: how well the scenario choices matched the moment.

use super::markup::Markup;
use crate::core::interpretation::Interpretation;
use crate::core::scoring::{round_to_5, Agility};
use crate::core::text::{fill, ReportText};

/// Writes the card; `None` means the scenarios were skipped.
pub fn write(m: &mut Markup, agility: Option<Agility>) {
    let ui = ReportText::current();
    let texts = &Interpretation::current().agility;
    m.raw("<section class=\"card agility-card\" aria-labelledby=\"agility-heading\"><h2 id=\"agility-heading\">")
        .text(ui.agility_heading())
        .raw("</h2>");
    match agility {
        Some(agility) => {
            let score = round_to_5(agility.score).to_string();
            m.element(
                "p",
                "agility-score",
                &fill(ui.agility_score(), &[("score", &score)]),
            )
            .element("p", "", texts.for_score(agility.score));
            if agility.switched_hats {
                m.element("p", "switched-hats", texts.switched);
            }
        }
        None => {
            m.element("p", "agility-skipped", texts.skipped);
        }
    }
    m.raw("</section>");
}
