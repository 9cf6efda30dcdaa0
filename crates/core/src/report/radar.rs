//! The radar: eight axes, rings with their values, the index line (62.5), and two overlaid
//! polygons (Leading, Managing) told apart by line pattern and marker shape as well as colour.
//!
//! On a page the plot is an SVG and its axis labels are HTML around it, so they keep their size
//! in CSS pixels and wrap onto two lines rather than shrink the plot (styles/full.css places
//! them); in a file (`.svg`, `.png`) the labels are SVG text at a fixed size.

use super::markup::Markup;
use crate::geometry::{
    self, coordinate, label_position, polygon_points, Anchor, AXES, RADIUS, RINGS,
};
use crate::locale::Texts;
use crate::scoring::{DimensionScore, HIGH};
use crate::text::fill;

/// The chart's `viewBox` in a file: the radar with its axis labels around it and the legend under
/// it (its height is [`FILE_SIZE`]'s in proportion).
pub const VIEW_BOX: &str = "-300 -162 600 388";

/// The plot's `viewBox` on a page: the radar alone, with room for the markers and rim strokes.
pub const PLOT_VIEW_BOX: &str = "-128 -128 256 256";

/// The radar file's size in pixels (its SVG `width` and `height`, and the PNG's).
pub const FILE_SIZE: (u32, u32) = (1200, 776);

/// The radar on the page: the plot in a figure, its labels, and a caption that says how to read
/// it (the legend, the index line, further out means more often); `summary` is its text description.
pub fn write(m: &mut Markup, t: &Texts, scores: &[DimensionScore], summary: &str) {
    let ui = t.report;
    open(m, "radar", "aria-labelledby=\"radar-title radar-desc\"");
    chart(m, t, scores, summary);
    close(m, t);
    m.raw("<figcaption><p class=\"legend\"><span class=\"legend-item\">")
        .raw("<svg class=\"legend-swatch\" viewBox=\"0 0 36 12\" aria-hidden=\"true\" focusable=\"false\"><line class=\"series-leading\" x1=\"2\" y1=\"6\" x2=\"34\" y2=\"6\"/><circle class=\"marker marker-leading\" cx=\"18\" cy=\"6\" r=\"4\"/></svg>")
        .text(ui.legend_leading())
        .raw("</span><span class=\"legend-item\">")
        .raw("<svg class=\"legend-swatch\" viewBox=\"0 0 36 12\" aria-hidden=\"true\" focusable=\"false\"><line class=\"series-managing\" x1=\"2\" y1=\"6\" x2=\"34\" y2=\"6\"/><rect class=\"marker marker-managing\" x=\"14.5\" y=\"2.5\" width=\"7\" height=\"7\"/></svg>")
        .text(ui.legend_managing())
        .raw("</span><span class=\"legend-item legend-line\">")
        .raw("<svg class=\"legend-swatch\" viewBox=\"0 0 36 12\" aria-hidden=\"true\" focusable=\"false\"><line class=\"ring-line\" x1=\"2\" y1=\"6\" x2=\"34\" y2=\"6\"/></svg>")
        .text(&line_name(t))
        .raw("</span></p>")
        .element("p", "radar-caption", ui.radar_caption())
        .raw("</figcaption></figure>");
}

/// The index line's name in the legend ("62.5: the line between the patterns").
pub fn line_name(t: &Texts) -> String {
    fill(
        t.lang,
        t.report.legend_line(),
        &[("line", &super::cut_off(t))],
    )
}

/// Opens a figure (`class`) and its plot's SVG (`aria`: its accessible name, as attributes).
pub fn open(m: &mut Markup, class: &str, aria: &str) {
    m.raw("<figure class=\"")
        .raw(class)
        .raw("\"><div class=\"radar-plot\"><svg class=\"radar-svg\" viewBox=\"")
        .raw(PLOT_VIEW_BOX)
        .raw("\" role=\"img\" ")
        .raw(aria)
        .raw(">");
}

/// Closes the plot's SVG and writes the axis labels beside it, in HTML. They repeat what the
/// chart's description says, so assistive technology skips them.
pub fn close(m: &mut Markup, t: &Texts) {
    m.raw("</svg>");
    for (axis, dimension) in t.bank.dimensions.iter().enumerate() {
        m.raw("<span class=\"radar-label\" data-axis=\"")
            .raw(&axis.to_string())
            .raw("\" aria-hidden=\"true\">")
            .text(dimension.name)
            .raw("</span>");
    }
    m.raw("</div>");
}

/// The radar as a file (`.svg`, and the source of the `.png`): the same chart with its styles, a
/// white background, its labels and the legend inside, so it looks the same anywhere.
pub fn standalone(t: &Texts, scores: &[DimensionScore], summary: &str) -> String {
    let mut m = Markup::new();
    let (width, height) = FILE_SIZE;
    m.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
        .raw(VIEW_BOX)
        .raw("\" width=\"")
        .raw(&width.to_string())
        .raw("\" height=\"")
        .raw(&height.to_string())
        .raw("\" role=\"img\" aria-labelledby=\"radar-title radar-desc\">")
        .raw(STANDALONE_STYLE)
        .raw("<rect x=\"-300\" y=\"-162\" width=\"600\" height=\"388\" fill=\"#ffffff\"/>");
    chart(&mut m, t, scores, summary);
    labels(&mut m, t);
    legend(&mut m, t);
    m.finish()
}

/// The file's legend under the chart, mirrored for a script written right to left.
fn legend(m: &mut Markup, t: &Texts) {
    let (ui, rtl) = (t.report, t.lang.is_rtl());
    // In a right-to-left script the legend reads from the right: swatch, then its text leftwards.
    let side = |value: f64| if rtl { -value } else { value };
    let x = |value: f64| coordinate(side(value));
    m.raw(if rtl {
        "<g class=\"legend\" direction=\"rtl\">"
    } else {
        "<g class=\"legend\" direction=\"ltr\">"
    });
    for (class, marker, start, text) in [
        ("series-leading", "circle", -150.0, ui.legend_leading()),
        ("series-managing", "rect", 20.0, ui.legend_managing()),
    ] {
        m.raw("<line class=\"")
            .raw(class)
            .raw("\" x1=\"")
            .raw(&x(start))
            .raw("\" y1=\"182\" x2=\"")
            .raw(&x(start + 32.0))
            .raw("\" y2=\"182\"/>");
        if marker == "circle" {
            m.raw("<circle class=\"marker-leading\" cx=\"")
                .raw(&x(start + 16.0))
                .raw("\" cy=\"182\" r=\"4\"/>");
        } else {
            // Centred on the swatch like the circle: its corner half its width to the left.
            m.raw("<rect class=\"marker-managing\" x=\"")
                .raw(&coordinate(side(start + 16.0) - 3.5))
                .raw("\" y=\"178.5\" width=\"7\" height=\"7\"/>");
        }
        m.raw("<text x=\"")
            .raw(&x(start + 40.0))
            .raw("\" y=\"182\" dominant-baseline=\"middle\">")
            .text(text)
            .raw("</text>");
    }
    // The index line, on a row of its own under the two series.
    m.raw("<line class=\"ring-line\" x1=\"")
        .raw(&x(-150.0))
        .raw("\" y1=\"208\" x2=\"")
        .raw(&x(-118.0))
        .raw("\" y2=\"208\"/><text x=\"")
        .raw(&x(-110.0))
        .raw("\" y=\"208\" dominant-baseline=\"middle\">")
        .text(&line_name(t))
        .raw("</text></g></svg>");
}

/// The page's light palette (styles/app.css), written out: a file has no stylesheet to lean on.
const STANDALONE_STYLE: &str = "<style>text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif}.ring,.axis{fill:none;stroke:#8a8fa8;stroke-width:1}.ring-label{font-size:12px;fill:#4a4f66}.axis-label{font-size:17px;font-weight:600;fill:#1b1d2a}.series-leading{fill:rgba(63,55,201,.18);stroke:#3f37c9;stroke-width:2.5;stroke-linejoin:round}.series-managing{fill:rgba(179,83,0,.16);stroke:#b35300;stroke-width:2.5;stroke-linejoin:round;stroke-dasharray:7 4}.ring-line{fill:none;stroke:#1b1d2a;stroke-width:1.5;stroke-dasharray:2 3}.legend line{fill:none}.marker-leading{fill:#3f37c9;stroke:#fff;stroke-width:1.5}.marker-managing{fill:#b35300;stroke:#fff;stroke-width:1.5}.legend text{font-size:16px;font-weight:600;fill:#1b1d2a}</style>";

/// The chart's inside: title and description, grid, the two polygons and their markers.
fn chart(m: &mut Markup, t: &Texts, scores: &[DimensionScore], summary: &str) {
    let ui = t.report;
    let lead: Vec<Option<f64>> = scores.iter().map(|s| s.lead).collect();
    let manage: Vec<Option<f64>> = scores.iter().map(|s| s.manage).collect();
    m.raw("<title id=\"radar-title\">")
        .text(ui.radar_title())
        .raw("</title><desc id=\"radar-desc\">")
        .text(summary)
        .raw("</desc>");
    grid(m, true);
    m.raw("<polygon class=\"series series-managing\" data-series=\"managing\" points=\"")
        .raw(&polygon_points(&manage))
        .raw("\"/><polygon class=\"series series-leading\" data-series=\"leading\" points=\"")
        .raw(&polygon_points(&lead))
        .raw("\"/><g class=\"markers\">");
    let (lead_at, manage_at) = marker_points(&lead, &manage);
    for (x, y) in manage_at.into_iter().flatten() {
        m.raw("<rect class=\"marker marker-managing\" x=\"")
            .raw(&coordinate(x - 3.5))
            .raw("\" y=\"")
            .raw(&coordinate(y - 3.5))
            .raw("\" width=\"7\" height=\"7\"/>");
    }
    for (x, y) in lead_at.into_iter().flatten() {
        m.raw("<circle class=\"marker marker-leading\" cx=\"")
            .raw(&coordinate(x))
            .raw("\" cy=\"")
            .raw(&coordinate(y))
            .raw("\" r=\"4\"/>");
    }
    m.raw("</g>");
}

/// How far apart two markers' centres must be for both to show whole: a circle of radius 4 and a
/// square of side 7 whose corner may point at it (on a diagonal axis, 4.95 from its centre), both
/// with a 1.5 outline, and a little air.
const MARKER_SPACING: f64 = 12.0;

/// The markers' centres on each axis, in chart units; `None` where a pole has no score.
pub type Markers = Vec<Option<(f64, f64)>>;

/// Where each pole's marker goes (Leading's, Managing's): on its score, except where the two poles
/// of an axis (nearly) coincide, when they step apart across the axis so that both show.
pub fn marker_points(lead: &[Option<f64>], manage: &[Option<f64>]) -> (Markers, Markers) {
    let on_scores = |values: &[Option<f64>]| -> Markers {
        values
            .iter()
            .enumerate()
            .map(|(axis, v)| v.map(|v| geometry::point(axis, v)))
            .collect()
    };
    let (mut lead_at, mut manage_at) = (on_scores(lead), on_scores(manage));
    for (axis, (l, g)) in lead_at.iter_mut().zip(manage_at.iter_mut()).enumerate() {
        let (Some(l), Some(g)) = (l, g) else { continue };
        if (l.0 - g.0).hypot(l.1 - g.1) >= MARKER_SPACING {
            continue;
        }
        // Across the axis: the axis direction turned a quarter.
        let (dx, dy) = AXES[axis % AXES.len()];
        let (across_x, across_y) = (-dy * MARKER_SPACING / 2.0, dx * MARKER_SPACING / 2.0);
        let middle = ((l.0 + g.0) / 2.0, (l.1 + g.1) / 2.0);
        *l = (middle.0 + across_x, middle.1 + across_y);
        *g = (middle.0 - across_x, middle.1 - across_y);
    }
    (lead_at, manage_at)
}

/// The rings, the index line (62.5, named in the legend: any value written beside it would sit
/// where scores cluster) and the eight axes; with `numbered`, the rings' values up the top axis.
pub fn grid(m: &mut Markup, numbered: bool) {
    // Ring numbers read left to right in every script.
    m.raw("<g class=\"radar-grid\" direction=\"ltr\">");
    for ring in RINGS {
        m.raw("<polygon class=\"ring\" points=\"")
            .raw(&geometry::ring_points(f64::from(ring)))
            .raw("\"/>");
    }
    m.raw("<polygon class=\"ring-line\" data-line=\"62.5\" points=\"")
        .raw(&geometry::ring_points(HIGH))
        .raw("\"/>");
    for (dx, dy) in AXES {
        m.raw("<line class=\"axis\" x1=\"0\" y1=\"0\" x2=\"")
            .raw(&coordinate(dx * RADIUS))
            .raw("\" y2=\"")
            .raw(&coordinate(dy * RADIUS))
            .raw("\"/>");
    }
    if numbered {
        for ring in RINGS {
            m.raw("<text class=\"ring-label\" x=\"3\" y=\"")
                .raw(&coordinate(-RADIUS * f64::from(ring) / 100.0 + 10.0))
                .raw("\">")
                .raw(&ring.to_string())
                .raw("</text>");
        }
    }
    m.raw("</g>");
}

/// The dimension names around the chart, as SVG text (a file's chart).
pub fn labels(m: &mut Markup, t: &Texts) {
    let rtl = t.lang.is_rtl();
    m.raw(if rtl {
        "<g class=\"radar-labels\" direction=\"rtl\">"
    } else {
        "<g class=\"radar-labels\" direction=\"ltr\">"
    });
    for (axis, dimension) in t.bank.dimensions.iter().enumerate() {
        let (x, y, anchor) = label_position(axis);
        let room = match anchor {
            Anchor::Middle => 2.0 * VIEW_HALF_WIDTH,
            Anchor::Start | Anchor::End => VIEW_HALF_WIDTH - x.abs() - 4.0,
        };
        let anchor = if rtl { anchor.svg_rtl() } else { anchor.svg() };
        m.raw("<text class=\"axis-label\" x=\"")
            .raw(&coordinate(x))
            .raw("\" y=\"")
            .raw(&coordinate(y))
            .raw("\" text-anchor=\"")
            .raw(anchor)
            .raw("\" dominant-baseline=\"middle\">");
        match label_lines(dimension.name, room) {
            (line, None) => {
                m.text(line);
            }
            (first, Some(second)) => {
                // Two lines centred on the label's point, each restarting at its x.
                for (line, dy) in [(first, "-0.55em"), (second, "1.1em")] {
                    m.raw("<tspan x=\"")
                        .raw(&coordinate(x))
                        .raw("\" dy=\"")
                        .raw(dy)
                        .raw("\">")
                        .text(line)
                        .raw("</tspan>");
                }
            }
        }
        m.raw("</text>");
    }
    m.raw("</g>");
}

/// Half the chart's width in its own units (see [`VIEW_BOX`]).
const VIEW_HALF_WIDTH: f64 = 300.0;

/// A generous width of one character of an axis label (17 px, semibold, in a wide system font
/// such as DejaVu Sans), in chart units.
pub const LABEL_CHAR_WIDTH: f64 = 11.0;

/// A label that would run past the chart's edge, split at the space nearest its middle; longer
/// names are common in German, French and Spanish ("Menschen & Struktur").
pub fn label_lines(name: &str, room: f64) -> (&str, Option<&str>) {
    let length = name.chars().count();
    if length as f64 * LABEL_CHAR_WIDTH <= room {
        return (name, None);
    }
    let middle = length / 2;
    let split = name
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .map(|(at, _)| (at, name[..at].chars().count().abs_diff(middle)))
        // On a tie the later space, so a short joining word ("&", "y") ends the first line.
        .min_by_key(|(at, distance)| (*distance, std::cmp::Reverse(*at)));
    match split {
        Some((at, _)) => (&name[..at], Some(name[at + 1..].trim_start())),
        None => (name, None),
    }
}
