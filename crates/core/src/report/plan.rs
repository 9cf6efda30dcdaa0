//! The development plan: per dimension, the action for each low pole (management first when both are low).

use super::markup::Markup;
use crate::locale::Texts;
use crate::scoring::{PlanEntry, Report};

/// Writes the plan.
pub fn write(m: &mut Markup, t: &Texts, report: &Report) {
    let (ui, bank, texts) = (t.report, t.bank, t.interpretation);
    m.raw("<section class=\"card development-plan\" aria-labelledby=\"plan-heading\"><h2 id=\"plan-heading\">")
        .text(ui.plan_heading())
        .raw("</h2>")
        .element("p", "", ui.plan_lead())
        .raw("<ol class=\"plan-list\">");
    for (d, entry) in report.plan().into_iter().enumerate() {
        let dimension = &bank.dimensions[d];
        m.raw("<li class=\"plan-entry\" data-dimension=\"")
            .text(dimension.id)
            .raw("\">")
            .element("h3", "", dimension.name);
        match entry {
            PlanEntry::Actions(poles) => {
                for pole in poles {
                    let Some(action) = texts.action(d, pole) else {
                        continue;
                    };
                    m.raw("<div class=\"plan-action\" data-pole=\"")
                        .raw(pole.id())
                        .raw("\">")
                        .element("p", "plan-pole", dimension.pole_name(pole))
                        .raw("<p class=\"plan-suggests\">")
                        .text(ui.plan_suggests())
                        .raw(" ")
                        .text(action.suggests)
                        .raw("</p>")
                        .element("p", "plan-do", action.action)
                        .raw("<p class=\"source\">")
                        .text(ui.source_label())
                        // The sources are English quotations in every language (WCAG 3.1.2).
                        .raw(" <span lang=\"en\" dir=\"ltr\">")
                        .text(action.source)
                        .raw("</span></p></div>");
                }
            }
            PlanEntry::BothHigh => {
                let text = if report.agility.is_some() {
                    ui.plan_both_high()
                } else {
                    ui.plan_both_high_no_agility()
                };
                m.element("p", "plan-both-high", text);
            }
            PlanEntry::Unknown => {
                m.element("p", "", ui.plan_unknown());
            }
        }
        m.raw("</li>");
    }
    m.raw("</ol></section>");
}
