//! The radar's data as a table: the same numbers, readable by everyone.

use super::markup::Markup;
use crate::locale::Texts;
use crate::scoring::{round_to_5, DimensionScore};
use crate::text::ReportText;

/// A displayed score: rounded to the nearest 5, or "not enough answers".
pub fn shown(ui: &ReportText, score: Option<f64>) -> String {
    score.map_or_else(|| ui.no_score().to_string(), |s| round_to_5(s).to_string())
}

/// Writes the scores table.
pub fn write(m: &mut Markup, t: &Texts, scores: &[DimensionScore]) {
    let ui = t.report;
    m.raw("<table class=\"score-table\"><caption>")
        .text(ui.table_caption())
        .raw("</caption><thead><tr><th scope=\"col\">")
        .text(ui.column_dimension())
        .raw("</th><th scope=\"col\">")
        .text(ui.column_leading())
        .raw("</th><th scope=\"col\">")
        .text(ui.column_managing())
        .raw("</th></tr></thead><tbody>");
    for (dimension, score) in t.bank.dimensions.iter().zip(scores) {
        m.raw("<tr data-dimension=\"")
            .text(dimension.id)
            .raw("\"><th scope=\"row\">")
            .element("span", "dimension-name", dimension.name)
            .element("span", "pole-name pole-name-lead", dimension.lead)
            .element("span", "pole-name pole-name-manage", dimension.manage)
            .raw("</th><td data-pole=\"lead\">")
            .text(&shown(ui, score.lead))
            .raw("</td><td data-pole=\"manage\">")
            .text(&shown(ui, score.manage))
            .raw("</td></tr>");
    }
    m.raw("</tbody></table>");
}
