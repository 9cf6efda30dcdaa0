//! The focus areas: the lowest-rated poles, with what a low score may mean.

use super::markup::Markup;
use super::table::shown;
use crate::locale::Texts;
use crate::scoring::Report;

/// Writes the card.
pub fn write(m: &mut Markup, t: &Texts, report: &Report) {
    let (ui, bank, texts) = (t.report, t.bank, t.interpretation);
    // What a low score "may mean" only applies below the line.
    let below = report.focus_below_line();
    m.raw("<section class=\"card focus-areas\" aria-labelledby=\"focus-heading\"><h2 id=\"focus-heading\">")
        .text(ui.focus_heading())
        .raw("</h2>")
        .element("p", "", if below { ui.focus_lead() } else { ui.focus_none_below() })
        .raw("<ul class=\"focus-list\">");
    for focus in &report.focus {
        let dimension = &bank.dimensions[focus.dimension];
        let score = shown(ui, report.dimensions[focus.dimension].pole(focus.pole));
        let heading = format!(
            "{} ({}): {}",
            dimension.pole_name(focus.pole),
            dimension.name,
            score
        );
        m.raw("<li>").element("strong", "", &heading);
        let suggests = texts.action(focus.dimension, focus.pole).filter(|_| below);
        m.element("span", "", suggests.map_or("", |a| a.suggests))
            .raw("</li>");
    }
    m.raw("</ul></section>");
}
