//! Before and after: the person's results now beside an earlier result code of their own. A radar
//! per side overlays then (dotted) and now (solid), as the colleagues' comparison does, and a table
//! lists every side whose shown score moved by [`MIN_CHANGE`] points or more, largest first.
//!
//! Changes are measured on the page's shown scores (rounded to 5), so the table agrees with the
//! numbers the person sees.

use super::bank::{Bank, Pole};
use super::flow::Session;
use super::locale::Texts;
use super::result_code::{self, CodeError};
use super::scoring::{dimension_scores, round_to_5, DimensionScore};

/// The smallest change listed, in points of the shown scores.
pub const MIN_CHANGE: i32 = 10;

/// One side whose shown score moved by at least [`MIN_CHANGE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// The dimension's index.
    pub dimension: usize,
    /// The pole.
    pub pole: Pole,
    /// The shown score then.
    pub then: i32,
    /// The shown score now.
    pub now: i32,
}

impl Change {
    /// Now minus then.
    pub fn points(&self) -> i32 {
        self.now - self.then
    }
}

/// The earlier and the present scores, per dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct BeforeAfter {
    /// The earlier run's pole scores.
    pub then: Vec<DimensionScore>,
    /// This run's pole scores.
    pub now: Vec<DimensionScore>,
}

impl BeforeAfter {
    /// The comparison of the finished session `now` with the earlier result code `earlier` (a
    /// code or a link holding one); a code that cannot be read, or a colleague's, is refused.
    pub fn new(bank: &Bank, earlier: &str, now: &Session) -> Result<BeforeAfter, CodeError> {
        let then = result_code::decode_self(bank, code_of(earlier))?;
        Ok(BeforeAfter {
            then: dimension_scores(bank, then.form, &then.responses),
            now: dimension_scores(bank, now.form, &now.responses),
        })
    }

    /// Every side whose shown score moved by [`MIN_CHANGE`] or more (both scored), largest
    /// first, in the radar's order (leading side first) among equal changes.
    pub fn changes(&self) -> Vec<Change> {
        let mut changes: Vec<Change> = Vec::new();
        for (dimension, (then, now)) in self.then.iter().zip(&self.now).enumerate() {
            for pole in Pole::BOTH {
                if let (Some(then), Some(now)) = (then.pole(pole), now.pole(pole)) {
                    let change = Change {
                        dimension,
                        pole,
                        then: round_to_5(then),
                        now: round_to_5(now),
                    };
                    if change.points().abs() >= MIN_CHANGE {
                        changes.push(change);
                    }
                }
            }
        }
        changes.sort_by_key(|c| std::cmp::Reverse(c.points().abs()));
        changes
    }
}

/// The result code in pasted text: a bare code, or the part of a result link after `#r=`; trimmed
/// and bounded, so the decoder sees at most a code's length plus one.
pub fn code_of(text: &str) -> &str {
    let text = text.trim();
    let code = text
        .rsplit_once(super::facts::RESULT_FRAGMENT)
        .map_or(text, |(_, code)| code)
        .trim();
    let end = (0..=code.len().min(result_code::MAX_LEN + 1))
        .rev()
        .find(|&i| code.is_char_boundary(i))
        .unwrap_or(0);
    &code[..end]
}

impl BeforeAfter {
    /// The comparison as HTML: a radar per side (then dotted, now solid) and the table of changes.
    pub fn document(&self, t: &Texts) -> String {
        use super::geometry::polygon_points;
        use super::report::markup::Markup;
        use super::report::radar;
        use super::report::table::shown;
        use super::text::fill;

        let (ui, bank) = (t.report, t.bank);
        let mut m = Markup::new();
        m.raw("<div class=\"compare-charts\">");
        for (pole, title, side) in [
            (Pole::Lead, ui.before_lead_title(), "lead"),
            (Pole::Manage, ui.before_manage_title(), "manage"),
        ] {
            let then: Vec<Option<f64>> = self.then.iter().map(|d| d.pole(pole)).collect();
            let now: Vec<Option<f64>> = self.now.iter().map(|d| d.pole(pole)).collect();
            let describe = |scores: &[Option<f64>]| {
                bank.dimensions
                    .iter()
                    .zip(scores)
                    .map(|(d, s)| {
                        fill(
                            t.lang,
                            ui.before_score(),
                            &[("dimension", d.name), ("score", &shown(ui, *s))],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let summary = fill(
                t.lang,
                ui.before_summary(),
                &[("then", &describe(&then)), ("now", &describe(&now))],
            );
            let mut aria = Markup::new();
            aria.raw("aria-label=\"").text(title).raw("\"");
            radar::open(&mut m, "radar compare-radar before-radar", &aria.finish());
            m.raw("<desc>").text(&summary).raw("</desc>");
            radar::grid(&mut m, false);
            m.raw("<polygon class=\"series series-others\" data-series=\"then-")
                .raw(side)
                .raw("\" points=\"")
                .raw(&polygon_points(&then))
                .raw("\"/><polygon class=\"series series-you\" data-series=\"now-")
                .raw(side)
                .raw("\" points=\"")
                .raw(&polygon_points(&now))
                .raw("\"/>");
            radar::close(&mut m, t);
            m.raw("<figcaption>")
                .element("span", "compare-title", title)
                .element("span", "legend-item legend-others", ui.before_then())
                .element("span", "legend-item legend-you", ui.before_now())
                .element("span", "legend-item legend-line", &radar::line_name(t))
                .raw("</figcaption></figure>");
        }
        m.raw("</div>");
        let changes = self.changes();
        if changes.is_empty() {
            m.element("p", "before-none", ui.before_none());
            return m.finish();
        }
        m.raw("<table class=\"score-table before-table\"><caption>")
            .text(ui.before_caption())
            .raw("</caption><thead><tr>");
        for heading in [
            ui.before_col_side(),
            ui.before_then(),
            ui.before_now(),
            ui.before_col_change(),
        ] {
            m.raw("<th scope=\"col\">").text(heading).raw("</th>");
        }
        m.raw("</tr></thead><tbody>");
        for change in &changes {
            let d = &bank.dimensions[change.dimension];
            let pole_name = match change.pole {
                Pole::Lead => d.lead,
                Pole::Manage => d.manage,
            };
            let points = change.points();
            // A plus or a minus sign, read left to right in every script.
            let signed = match points > 0 {
                true => format!("+{points}"),
                false => format!("\u{2212}{}", points.abs()),
            };
            m.raw("<tr data-change-dimension=\"")
                .raw(d.id)
                .raw("\" data-change-pole=\"")
                .raw(change.pole.id())
                .raw("\" data-change=\"")
                .raw(&points.to_string())
                .raw("\"><th scope=\"row\">")
                .text(&fill(
                    t.lang,
                    ui.before_side(),
                    &[("dimension", d.name), ("pole", pole_name)],
                ))
                .raw("</th><td>")
                .text(&change.then.to_string())
                .raw("</td><td>")
                .text(&change.now.to_string())
                .raw("</td><td><bdi dir=\"ltr\">")
                .text(&signed)
                .raw("</bdi></td></tr>");
        }
        m.raw("</tbody></table>");
        m.finish()
    }
}
