//! The radar as SVG markup: eight axes, gridlines, labels and two overlaid polygons (Leading,
//! Managing) told apart by line pattern and marker shape as well as colour.

use super::markup::Markup;
use crate::core::bank::Bank;
use crate::core::geometry::{
    self, coordinate, label_position, polygon_points, AXES, RADIUS, RINGS,
};
use crate::core::scoring::DimensionScore;
use crate::core::text::ReportText;

/// Writes the radar figure (chart and legend); `summary` is its text description.
pub fn write(m: &mut Markup, scores: &[DimensionScore], summary: &str) {
    let ui = ReportText::builtin();
    let lead: Vec<Option<f64>> = scores.iter().map(|s| s.lead).collect();
    let manage: Vec<Option<f64>> = scores.iter().map(|s| s.manage).collect();
    m.raw("<figure class=\"radar\"><svg class=\"radar-svg\" viewBox=\"-290 -162 580 326\" role=\"img\" aria-labelledby=\"radar-title radar-desc\">")
        .raw("<title id=\"radar-title\">")
        .text(ui.radar_title)
        .raw("</title><desc id=\"radar-desc\">")
        .text(summary)
        .raw("</desc><g class=\"radar-grid\">");
    for ring in RINGS {
        m.raw("<polygon class=\"ring\" points=\"")
            .raw(&geometry::ring_points(ring))
            .raw("\"/>");
    }
    for (dx, dy) in AXES {
        m.raw("<line class=\"axis\" x1=\"0\" y1=\"0\" x2=\"")
            .raw(&coordinate(dx * RADIUS))
            .raw("\" y2=\"")
            .raw(&coordinate(dy * RADIUS))
            .raw("\"/>");
    }
    for ring in RINGS {
        m.raw("<text class=\"ring-label\" x=\"3\" y=\"")
            .raw(&coordinate(-RADIUS * f64::from(ring) / 100.0 + 10.0))
            .raw("\">")
            .raw(&ring.to_string())
            .raw("</text>");
    }
    m.raw("</g><polygon class=\"series series-managing\" data-series=\"managing\" points=\"")
        .raw(&polygon_points(&manage))
        .raw("\"/><polygon class=\"series series-leading\" data-series=\"leading\" points=\"")
        .raw(&polygon_points(&lead))
        .raw("\"/><g class=\"markers\">");
    markers(m, &manage, true);
    markers(m, &lead, false);
    m.raw("</g><g class=\"radar-labels\">");
    for (axis, dimension) in Bank::builtin().dimensions.iter().enumerate() {
        let (x, y, anchor) = label_position(axis);
        m.raw("<text class=\"axis-label\" x=\"")
            .raw(&coordinate(x))
            .raw("\" y=\"")
            .raw(&coordinate(y))
            .raw("\" text-anchor=\"")
            .raw(anchor.svg())
            .raw("\" dominant-baseline=\"middle\">")
            .text(dimension.name)
            .raw("</text>");
    }
    m.raw("</g></svg><figcaption class=\"legend\"><span class=\"legend-item\">")
        .raw("<svg class=\"legend-swatch\" viewBox=\"0 0 36 12\" aria-hidden=\"true\" focusable=\"false\"><line class=\"series-leading\" x1=\"2\" y1=\"6\" x2=\"34\" y2=\"6\"/><circle class=\"marker marker-leading\" cx=\"18\" cy=\"6\" r=\"4\"/></svg>")
        .text(ui.legend_leading)
        .raw("</span><span class=\"legend-item\">")
        .raw("<svg class=\"legend-swatch\" viewBox=\"0 0 36 12\" aria-hidden=\"true\" focusable=\"false\"><line class=\"series-managing\" x1=\"2\" y1=\"6\" x2=\"34\" y2=\"6\"/><rect class=\"marker marker-managing\" x=\"14.5\" y=\"2.5\" width=\"7\" height=\"7\"/></svg>")
        .text(ui.legend_managing)
        .raw("</span></figcaption></figure>");
}

/// One marker per scored pole: circles for Leading, squares for Managing.
fn markers(m: &mut Markup, values: &[Option<f64>], square: bool) {
    for (axis, value) in values.iter().enumerate() {
        let Some(value) = value else { continue };
        let (x, y) = geometry::point(axis, *value);
        if square {
            m.raw("<rect class=\"marker marker-managing\" x=\"")
                .raw(&coordinate(x - 3.5))
                .raw("\" y=\"")
                .raw(&coordinate(y - 3.5))
                .raw("\" width=\"7\" height=\"7\"/>");
        } else {
            m.raw("<circle class=\"marker marker-leading\" cx=\"")
                .raw(&coordinate(x))
                .raw("\" cy=\"")
                .raw(&coordinate(y))
                .raw("\" r=\"4\"/>");
        }
    }
}
