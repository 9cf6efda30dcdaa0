//! The development plan: the priorities first (the person's relatively lowest sides, with the tie
//! rule said when it decided), a "watch the overuse" note, then every other side's action, collapsed.

use super::markup::Markup;
use super::table::shown;
use crate::bank::Form;
use crate::locale::Texts;
use crate::scoring::{at_least, round_to_5, PoleRef, Report, HIGH};
use crate::text::fill;

/// Writes the plan.
pub fn write(m: &mut Markup, t: &Texts, report: &Report) {
    let (ui, bank) = (t.report, t.bank);
    let priorities = &report.priorities;
    m.raw("<section class=\"card development-plan\" aria-labelledby=\"plan-heading\"><h2 id=\"plan-heading\">")
        .text(ui.plan_heading())
        .raw("</h2>");
    if let Some(average) = priorities.average {
        let average = round_to_5(average).to_string();
        m.element(
            "p",
            "plan-lead",
            &fill(ui.plan_lead(), &[("average", &average)]),
        );
    }
    if let Some(tie) = priorities.tie {
        let text = fill(
            ui.plan_tie(),
            &[
                ("count", &tie.sides.to_string()),
                ("score", &tie.score.to_string()),
            ],
        );
        m.element("p", "plan-tie", &text);
    }
    m.raw("<ol class=\"plan-priorities\">");
    for side in &priorities.sides {
        action(m, t, report, *side);
    }
    m.raw("</ol>");
    if let Some(overuse) = priorities.overuse {
        let dimension = &bank.dimensions[overuse.dimension];
        let scores = report.dimensions[overuse.dimension];
        let (strong, weak) = (overuse.strong, overuse.strong.other());
        let text = fill(
            ui.plan_overuse(),
            &[
                ("strong", dimension.pole_name(strong)),
                ("strong_score", &shown(ui, scores.pole(strong))),
                ("weak", dimension.pole_name(weak)),
                ("weak_score", &shown(ui, scores.pole(weak))),
            ],
        );
        m.raw("<p class=\"plan-overuse\" data-dimension=\"")
            .text(dimension.id)
            .raw("\"><strong>")
            .text(ui.plan_overuse_heading())
            .raw("</strong> ")
            .text(&text)
            .raw("</p>");
    }
    // Every other side, in the radar's order, managing before leading as in the priorities.
    let others: Vec<PoleRef> = (0..bank.dimensions.len())
        .flat_map(|dimension| {
            [crate::bank::Pole::Manage, crate::bank::Pole::Lead]
                .map(|pole| PoleRef { dimension, pole })
        })
        .filter(|side| !priorities.contains(*side))
        .collect();
    if !others.is_empty() {
        m.raw("<details class=\"plan-more\"><summary>")
            .text(ui.plan_more())
            .raw("</summary><ul class=\"plan-list\">");
        for side in others {
            action(m, t, report, side);
        }
        m.raw("</ul></details>");
    }
    m.raw("</section>");
}

/// One side's action: its name and score, what a low score may mean (below the line only), the
/// action and its source.
fn action(m: &mut Markup, t: &Texts, report: &Report, side: PoleRef) {
    let (ui, texts) = (t.report, t.interpretation);
    let Some(action) = texts.action(side.dimension, side.pole) else {
        return;
    };
    let dimension = &t.bank.dimensions[side.dimension];
    let score = report.dimensions[side.dimension].pole(side.pole);
    let heading = format!(
        "{} ({}): {}",
        dimension.pole_name(side.pole),
        dimension.name,
        shown(ui, score)
    );
    m.raw("<li class=\"plan-action\" data-dimension=\"")
        .text(dimension.id)
        .raw("\" data-pole=\"")
        .raw(side.pole.id())
        .raw("\">")
        .element("h3", "", &heading);
    // What a low score "may mean" applies below the line only; in the short form it rests on one
    // statement, and says so.
    if score.is_some_and(|s| !at_least(s, HIGH)) {
        let label = match report.form {
            Form::Short => ui.plan_suggests_short(),
            Form::Full => ui.plan_suggests(),
        };
        m.raw("<p class=\"plan-suggests\">")
            .text(label)
            .raw(" ")
            .text(action.suggests)
            .raw("</p>");
    }
    m.element("p", "plan-do", action.action)
        .raw("<p class=\"source\">")
        .text(ui.source_label())
        // The sources are English quotations in every language (WCAG 3.1.2).
        .raw(" <span lang=\"en\" dir=\"ltr\">")
        .text(action.source)
        .raw("</span></p></li>");
}
