//! The development plan: the priorities first (the person's relatively lowest sides, with the tie
//! rule said when it decided), a "watch the overuse" note, then every other side's action, collapsed.

use super::markup::Markup;
use super::table::shown;
use crate::bank::Form;
use crate::locale::Texts;
use crate::priorities::Chosen;
use crate::scoring::{at_least, round_to_5, PoleRef, Report, HIGH};
use crate::text::fill;

/// The `name` of every "I will do this" box, by which the app hears their changes.
pub const CHOICE: &str = "plan-choice";

/// Writes the plan; returns the references its sources cite (indices into the texts' references,
/// in order of first use), for the list at the end of the page.
///
/// With `choosing`, each action offers "I will do this", checked where the person chose it.
pub fn write(m: &mut Markup, t: &Texts, report: &Report, choosing: Option<&Chosen>) -> Vec<usize> {
    let mut cited = Vec::new();
    let (ui, bank) = (t.report, t.bank);
    let priorities = &report.priorities();
    m.raw("<section class=\"card development-plan\" aria-labelledby=\"plan-heading\"><h2 id=\"plan-heading\">")
        .text(ui.plan_heading())
        .raw("</h2>");
    if let Some(average) = priorities.average {
        let average = round_to_5(average).to_string();
        m.element(
            "p",
            "plan-lead",
            &fill(t.lang, ui.plan_lead(), &[("average", &average)]),
        );
    }
    if let Some(tie) = priorities.tie {
        let text = fill(
            t.lang,
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
        action(m, t, report, *side, choosing, &mut cited);
    }
    m.raw("</ol>");
    if let Some(overuse) = priorities.overuse {
        let dimension = &bank.dimensions[overuse.dimension];
        let scores = report.dimensions[overuse.dimension];
        let (strong, weak) = (overuse.strong, overuse.strong.other());
        let text = fill(
            t.lang,
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
    let others = priorities.others(bank.dimensions.len());
    if !others.is_empty() {
        m.raw("<details class=\"plan-more\"><summary>")
            .text(ui.plan_more())
            .raw("</summary><ul class=\"plan-list\">");
        for side in others {
            action(m, t, report, side, choosing, &mut cited);
        }
        m.raw("</ul></details>");
    }
    m.raw("</section>");
    cited
}

/// A side named with its dimension and its shown score: "Goals & Plans (Direction): 60".
pub fn side_heading(t: &Texts, report: &Report, side: PoleRef) -> String {
    let dimension = &t.bank.dimensions[side.dimension];
    format!(
        "{} ({}): {}",
        dimension.pole_name(side.pole),
        dimension.name,
        shown(t.report, report.dimensions[side.dimension].pole(side.pole))
    )
}

/// One side's action: its name and score, what a low score may mean (below the line only), the
/// action and its source.
fn action(
    m: &mut Markup,
    t: &Texts,
    report: &Report,
    side: PoleRef,
    choosing: Option<&Chosen>,
    cited: &mut Vec<usize>,
) {
    let (ui, texts) = (t.report, t.interpretation);
    let Some(action) = texts.action(side.dimension, side.pole) else {
        return;
    };
    let dimension = &t.bank.dimensions[side.dimension];
    let score = report.dimensions[side.dimension].pole(side.pole);
    let heading = side_heading(t, report, side);
    let id = Chosen::side_id(t.bank, side);
    m.raw("<li class=\"plan-action\" data-dimension=\"")
        .text(dimension.id)
        .raw("\" data-pole=\"")
        .raw(side.pole.id())
        .raw("\"><h3 id=\"plan-")
        .text(&id)
        .raw("\">")
        .text(&heading)
        .raw("</h3>");
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
    m.element("p", "plan-do", action.action);
    super::source_line(m, t, action.source, cited);
    if let Some(chosen) = choosing {
        // A native checkbox, described by the action's heading so each one is told apart.
        m.raw("<label class=\"plan-choose\"><input type=\"checkbox\" name=\"")
            .raw(CHOICE)
            .raw("\" value=\"")
            .text(&id)
            .raw("\" aria-describedby=\"plan-")
            .text(&id)
            .raw("\"");
        if chosen.contains(side) {
            m.raw(" checked");
        }
        m.raw("> ").text(ui.plan_choose()).raw("</label>");
    }
    m.raw("</li>");
}
