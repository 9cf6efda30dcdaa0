//! The agility card: how well the scenario choices matched the moment.

use super::markup::Markup;
use crate::locale::Texts;
use crate::scoring::{round_to_5, Agility};
use crate::text::fill;

/// Writes the card; `None` means the scenarios were skipped.
pub fn write(m: &mut Markup, t: &Texts, agility: Option<&Agility>) {
    let ui = t.report;
    let texts = &t.interpretation.agility;
    m.raw("<section class=\"card agility-card\" aria-labelledby=\"agility-heading\"><h2 id=\"agility-heading\">")
        .text(ui.agility_heading())
        .raw("</h2>");
    match agility {
        Some(agility) => {
            let score = round_to_5(agility.score).to_string();
            m.element(
                "p",
                "agility-score",
                &fill(t.lang, ui.agility_score(), &[("score", &score)]),
            )
            .element("p", "", texts.for_score(agility.score));
            // One sentence per two-stage scenario where the hats changed, named by its title.
            for &first in &agility.switched {
                let title = t.bank.scenarios.get(first).map_or("", |s| s.title);
                m.element(
                    "p",
                    "switched-hats",
                    &fill(t.lang, texts.switched, &[("scenario", title)]),
                );
            }
        }
        None => {
            m.element("p", "agility-skipped", texts.skipped);
        }
    }
    m.raw("</section>");
}
