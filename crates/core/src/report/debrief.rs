//! The scenarios' debrief: for each one, what the person picked as the most and the least effective
//! first move, the move the key favours, and why, with its source. The key is expert judgement,
//! and the card says so.

use super::markup::Markup;
use crate::locale::Texts;
use crate::responses::{Pick, Responses};

/// Writes the card, adding the works its sources cite to `cited`.
pub fn write(m: &mut Markup, t: &Texts, responses: &Responses, cited: &mut Vec<usize>) {
    let ui = t.report;
    m.raw("<section class=\"card scenario-debrief\" aria-labelledby=\"debrief-heading\"><h2 id=\"debrief-heading\">")
        .text(ui.debrief_heading())
        .raw("</h2>")
        .element("p", "", ui.debrief_lead());
    for (index, scenario) in t.bank.scenarios.iter().enumerate() {
        let pick = responses.picks.get(index).copied().unwrap_or_default();
        // A stage added after the answers were given (a version 1 result code) has nothing to say.
        if pick == Pick::default() {
            continue;
        }
        let option = |picked: Option<u8>| {
            picked
                .and_then(|i| scenario.options.get(usize::from(i)))
                .map_or("", |o| o.text)
        };
        let best = scenario.best_option();
        let matched = scenario.favours(pick.best);
        m.raw("<details class=\"debrief\" data-scenario=\"")
            .text(scenario.id)
            .raw("\" data-matched=\"")
            .raw(if matched { "true" } else { "false" })
            .raw("\"><summary>")
            .text(scenario.title)
            .raw("</summary><dl>")
            .element("dt", "", ui.debrief_most())
            .element("dd", "", option(pick.best))
            .element("dt", "", ui.debrief_least())
            .element("dd", "", option(pick.least))
            .element("dt", "", ui.debrief_favoured())
            .element("dd", "", scenario.options.get(best).map_or("", |o| o.text))
            .raw("</dl>")
            .element(
                "p",
                "debrief-why",
                t.interpretation.debriefs.get(index).copied().unwrap_or(""),
            );
        super::source_line(m, t, scenario.source, cited);
        m.raw("</details>");
    }
    m.raw("</section>");
}
