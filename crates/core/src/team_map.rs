//! The team map: one anonymous dot per person on the leadership × management plane, with the
//! 62.5 lines and the four patterns' names, and a strip of dots per pole. No name, code or order
//! of pasting is shown: the dots are sorted by score. Positions are computed here, natively
//! tested; the markup is written into the team document.

use super::json;
use super::locale::Texts;
use super::report::markup::Markup;
use super::report::radar;
use super::scoring::{Archetype, Report, HIGH};

/// The map's plot, in SVG units: both indices run 0 to 100, with a margin around them.
pub const MAP_VIEW_BOX: &str = "-4 -4 108 108";

/// A strip's plot: scores 0 to 100 across, with room for three stacked dots.
pub const STRIP_VIEW_BOX: &str = "-3 0 106 12";

/// One person's place on the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dot {
    /// The Leadership Index.
    pub leadership: f64,
    /// The Management Index.
    pub management: f64,
    /// Where the dot is drawn across (the leadership index, nudged apart from equal dots).
    pub x: f64,
    /// Where it is drawn down (100 minus the management index, nudged likewise).
    pub y: f64,
}

/// Where the `k`-th of several equal dots goes, around the first one: a sunflower spiral, so
/// equal scores stay visible as several dots.
fn nudge(k: usize) -> (f64, f64) {
    if k == 0 {
        return (0.0, 0.0);
    }
    let k = k as f64;
    let (radius, angle) = (2.2 * k.sqrt(), 2.4 * k);
    (radius * angle.cos(), radius * angle.sin())
}

/// The members with both indices, one dot each, sorted by score (not by the order pasted).
pub fn map_dots(members: &[Report]) -> Vec<Dot> {
    let mut points: Vec<(f64, f64)> = members
        .iter()
        .filter_map(|m| Some((m.leadership?, m.management?)))
        .filter(|(l, g)| l.is_finite() && g.is_finite())
        .collect();
    points.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let mut dots: Vec<Dot> = Vec::with_capacity(points.len());
    for (i, &(leadership, management)) in points.iter().enumerate() {
        let same = points[..i]
            .iter()
            .rev()
            .take_while(|&&p| p == (leadership, management))
            .count();
        let (dx, dy) = nudge(same);
        dots.push(Dot {
            leadership,
            management,
            x: (leadership + dx).clamp(0.0, 100.0),
            y: (100.0 - management + dy).clamp(0.0, 100.0),
        });
    }
    dots
}

/// The dots of one pole's strip, as (score, how many equal scores come before it), sorted.
pub fn strip_dots(scores: impl Iterator<Item = Option<f64>>) -> Vec<(f64, usize)> {
    let mut scores: Vec<f64> = scores.flatten().filter(|s| s.is_finite()).collect();
    scores.sort_by(f64::total_cmp);
    let mut dots = Vec::with_capacity(scores.len());
    for (i, &score) in scores.iter().enumerate() {
        let same = scores[..i]
            .iter()
            .rev()
            .take_while(|&&s| s == score)
            .count();
        dots.push((score, same));
    }
    dots
}

/// The quadrant's corner where a pattern's name is written: (x, y, anchor). The names on the
/// right sit one row inside those on the left, so long names never run into each other.
fn corner(archetype: Archetype) -> (f64, f64, &'static str) {
    match archetype {
        Archetype::LeadingManager => (99.0, 10.0, "end"),
        Archetype::SteadyOperator => (1.0, 4.5, "start"),
        Archetype::VisionaryWithoutTraction => (99.0, 92.5, "end"),
        Archetype::FoundationBuilder => (1.0, 98.0, "start"),
    }
}

/// Writes the map of `members` (nothing when no one has both indices).
pub fn write_map(m: &mut Markup, t: &Texts, members: &[Report]) {
    let dots = map_dots(members);
    if dots.is_empty() {
        return;
    }
    let (ui, names) = (t.report, t.interpretation);
    let line = 100.0 - HIGH;
    m.raw("<figure class=\"card team-map\"><svg class=\"team-map-svg\" viewBox=\"")
        .raw(MAP_VIEW_BOX)
        .raw("\" direction=\"ltr\" role=\"img\" aria-labelledby=\"team-map-title team-map-desc\"><title id=\"team-map-title\">")
        .text(ui.team_map_title())
        .raw("</title><desc id=\"team-map-desc\">")
        .text(ui.team_map_desc())
        .raw("</desc><rect class=\"team-map-frame\" width=\"100\" height=\"100\"/>");
    m.raw("<line class=\"team-map-line\" x1=\"")
        .raw(&HIGH.to_string())
        .raw("\" x2=\"")
        .raw(&HIGH.to_string())
        .raw("\" y1=\"0\" y2=\"100\"/><line class=\"team-map-line\" y1=\"")
        .raw(&line.to_string())
        .raw("\" y2=\"")
        .raw(&line.to_string())
        .raw("\" x1=\"0\" x2=\"100\"/>");
    for archetype in Archetype::ALL {
        let (x, y, anchor) = corner(archetype);
        m.raw("<text class=\"team-map-pattern\" data-quadrant=\"")
            .raw(archetype.id())
            .raw("\" x=\"")
            .raw(&x.to_string())
            .raw("\" y=\"")
            .raw(&y.to_string())
            .raw("\" text-anchor=\"")
            .raw(anchor)
            .raw("\">")
            .text(names.archetype(archetype).name)
            .raw("</text>");
    }
    for dot in &dots {
        m.raw("<circle class=\"team-dot\" r=\"2.2\" cx=\"")
            .raw(&format!("{:.2}", dot.x))
            .raw("\" cy=\"")
            .raw(&format!("{:.2}", dot.y))
            .raw("\" data-leadership=\"")
            .raw(&json::score_text(Some(dot.leadership)))
            .raw("\" data-management=\"")
            .raw(&json::score_text(Some(dot.management)))
            .raw("\"/>");
    }
    m.raw("</svg><figcaption class=\"legend\">")
        .element("span", "legend-item", ui.team_map_axes())
        .element(
            "span",
            "legend-item team-map-legend-line",
            &radar::line_name(t),
        )
        .raw("</figcaption></figure>");
}

/// Writes a strip of dots for every pole: each member's score on that side, no more.
pub fn write_strips(m: &mut Markup, t: &Texts, members: &[Report]) {
    let ui = t.report;
    m.raw("<section class=\"card team-strips\" aria-labelledby=\"team-strips-heading\"><h2 id=\"team-strips-heading\">")
        .text(ui.team_strips_heading())
        .raw("</h2><p class=\"field-hint\">")
        .text(ui.team_strips_note())
        .raw("</p><ul>");
    for (d, dimension) in t.bank.dimensions.iter().enumerate() {
        for (lead, pole, name) in [
            (true, "lead", dimension.lead),
            (false, "manage", dimension.manage),
        ] {
            let scores = members.iter().map(|m| {
                m.dimensions
                    .get(d)
                    .and_then(|s| if lead { s.lead } else { s.manage })
            });
            m.raw("<li class=\"team-strip team-strip-")
                .raw(pole)
                .raw("\" data-dimension=\"")
                .raw(dimension.id)
                .raw("\" data-pole=\"")
                .raw(pole)
                .raw("\"><span class=\"team-strip-name\">")
                .text(dimension.name)
                .raw(" · ")
                .text(name)
                .raw("</span><svg class=\"team-strip-svg\" viewBox=\"")
                .raw(STRIP_VIEW_BOX)
                .raw("\" direction=\"ltr\" aria-hidden=\"true\" focusable=\"false\"><line class=\"team-strip-axis\" x1=\"0\" x2=\"100\" y1=\"10\" y2=\"10\"/><line class=\"team-map-line\" x1=\"")
                .raw(&HIGH.to_string())
                .raw("\" x2=\"")
                .raw(&HIGH.to_string())
                .raw("\" y1=\"1\" y2=\"12\"/>");
            for (score, stack) in strip_dots(scores) {
                let y = 9.5 - 3.5 * (stack.min(2) as f64);
                m.raw("<circle class=\"team-dot\" r=\"2\" cx=\"")
                    .raw(&format!("{score:.2}"))
                    .raw("\" cy=\"")
                    .raw(&y.to_string())
                    .raw("\" data-score=\"")
                    .raw(&json::score_text(Some(score)))
                    .raw("\"/>");
            }
            m.raw("</svg></li>");
        }
    }
    m.raw("</ul></section>");
}
