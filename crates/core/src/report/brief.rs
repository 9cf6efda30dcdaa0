//! The summary's words around the radar, at the top of the results: the pattern in one sentence
//! and the two first priorities, each with its action, so the page's first screen says what was found and
//! what to do (the plan below gives each priority's reasons, source and "I will do this").

use super::markup::Markup;
use crate::locale::Texts;
use crate::scoring::Report;
use crate::text::fill;

/// Writes the pattern in one sentence.
pub fn pattern(m: &mut Markup, t: &Texts, report: &Report) {
    let (ui, texts) = (t.report, t.interpretation);
    let pattern = match report.archetype {
        Some(archetype) => {
            let when = super::pattern::when(t, archetype);
            fill(
                t.lang,
                ui.summary_pattern(),
                &[
                    ("pattern", texts.archetype(archetype).name),
                    ("when", &when),
                ],
            )
        }
        None => ui.index_missing().to_string(),
    };
    m.element("p", "summary-pattern", &pattern);
}

/// The priorities the summary names: the first two (a third, when there is one, leads the plan).
pub const SUMMARY_PRIORITIES: usize = 2;

/// Writes the first two priorities, each with its action.
pub fn priorities(m: &mut Markup, t: &Texts, report: &Report) {
    let (ui, texts) = (t.report, t.interpretation);
    let priorities = report.priorities();
    if priorities.sides.is_empty() {
        return;
    }
    m.raw("<h2 class=\"summary-heading\" id=\"summary-priorities-heading\">")
        .text(ui.summary_priorities())
        .raw(
            "</h2><ol class=\"summary-priorities\" aria-labelledby=\"summary-priorities-heading\">",
        );
    for side in priorities.sides.iter().take(SUMMARY_PRIORITIES) {
        let Some(action) = texts.action(side.dimension, side.pole) else {
            continue;
        };
        m.raw("<li data-dimension=\"")
            .text(t.bank.dimensions[side.dimension].id)
            .raw("\" data-pole=\"")
            .raw(side.pole.id())
            .raw("\"><strong>")
            .text(&super::plan::side_heading(t, report, *side))
            .raw("</strong> ")
            .text(action.action)
            .raw("</li>");
    }
    m.raw("</ol>");
}
