//! The pattern card: the 2×2 archetype, both indices, the lean and the biggest tilt. (No
//! "balance" figure: 100 for two equal indices, it read as a strength for someone low on both;
//! the lean sentence says how close the indices are.)

use super::markup::Markup;
use super::table::shown;
use crate::bank::Pole;
use crate::locale::Texts;
use crate::scoring::{shown_gap, Archetype, Lean, Report};
use crate::text::{fill, ReportText};

/// Writes the card.
pub fn write(m: &mut Markup, t: &Texts, report: &Report) {
    let (ui, texts) = (t.report, t.interpretation);
    m.raw("<section class=\"card pattern-card\" aria-labelledby=\"pattern-heading\">");
    match report.archetype {
        Some(archetype) => {
            let text = texts.archetype(archetype);
            m.raw("<h2 id=\"pattern-heading\" class=\"archetype-name\" data-archetype=\"")
                .raw(archetype.id())
                .raw("\">")
                .text(text.name)
                .raw("</h2>")
                .element("p", "archetype-when", &when(t, archetype))
                .element("p", "", text.summary);
            if report.near_line {
                m.element("p", "near-line", ui.near_line());
            }
        }
        None => {
            m.raw("<h2 id=\"pattern-heading\">")
                .text(ui.index_missing())
                .raw("</h2>");
        }
    }
    m.raw("<dl class=\"stats\">");
    stat(
        m,
        ui,
        ui.leadership_index(),
        report.leadership.map(|v| shown(ui, Some(v))),
        "stat stat-leading",
    );
    stat(
        m,
        ui,
        ui.management_index(),
        report.management.map(|v| shown(ui, Some(v))),
        "stat stat-managing",
    );
    m.raw("</dl>");
    if let Some(lean) = report.lean() {
        let points = report
            .shown_tilt()
            .map(|t| t.to_string())
            .unwrap_or_default();
        let sentence = match lean {
            Lean::Balanced => ui.lean_balanced().to_string(),
            Lean::Leading => fill(t.lang, ui.lean_leading(), &[("points", &points)]),
            Lean::Managing => fill(t.lang, ui.lean_managing(), &[("points", &points)]),
        };
        m.element("p", "lean", &sentence);
    }
    m.element("p", "tilt", &biggest_tilt(t, report));
    if let Some(archetype) = report.archetype {
        m.element("p", "archetype-next", texts.archetype(archetype).next);
    }
    m.raw("</section>");
}

/// When a pattern applies ("Both indices at or above 62.5"), with the cut-off in the language.
pub fn when(t: &Texts, archetype: Archetype) -> String {
    let when = t.interpretation.archetype(archetype).when;
    fill(t.lang, when, &[("line", &super::cut_off(t))])
}

fn stat(m: &mut Markup, ui: &ReportText, label: &str, value: Option<String>, class: &str) {
    let value = value.unwrap_or_else(|| ui.index_missing().to_string());
    m.raw("<div class=\"")
        .raw(class)
        .raw("\">")
        .element("dt", "", label)
        .element("dd", "", &value)
        .raw("</div>");
}

/// The biggest-tilt sentence, worded from the shown (rounded) scores so the numbers add up.
fn biggest_tilt(t: &Texts, report: &Report) -> String {
    let ui = t.report;
    let Some(d) = report.biggest_tilt else {
        return ui.biggest_tilt_none().to_string();
    };
    let scores = report.dimensions[d];
    let (lead, manage) = (scores.lead.unwrap_or(0.0), scores.manage.unwrap_or(0.0));
    let ahead = if lead > manage {
        Pole::Lead
    } else {
        Pole::Manage
    };
    let dimension = &t.bank.dimensions[d];
    // Both sides may round to the same shown score; "ahead by 0 points" would read as an error.
    let points = shown_gap(lead, manage);
    let template = if points == 0 {
        ui.biggest_tilt_slight()
    } else {
        ui.biggest_tilt()
    };
    fill(
        t.lang,
        template,
        &[
            ("dimension", dimension.name),
            ("pole", dimension.pole_name(ahead)),
            ("points", &points.to_string()),
        ],
    )
}
