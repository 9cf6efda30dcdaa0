//! Radar geometry: axis directions, polygon points and label placement for the SVG chart.

/// Radius of the 100 ring, in SVG user units (the chart is centred on 0,0).
pub const RADIUS: f64 = 120.0;
/// Distance of the axis labels from the centre.
pub const LABEL_RADIUS: f64 = 131.0;
/// The rings drawn as gridlines.
pub const RINGS: [u8; 4] = [25, 50, 75, 100];

const HALF_SQRT_2: f64 = std::f64::consts::FRAC_1_SQRT_2;

/// Unit vectors of the eight axes, clockwise from the top (SVG y grows downwards); exact, so no trigonometry ships.
pub const AXES: [(f64, f64); 8] = [
    (0.0, -1.0),
    (HALF_SQRT_2, -HALF_SQRT_2),
    (1.0, 0.0),
    (HALF_SQRT_2, HALF_SQRT_2),
    (0.0, 1.0),
    (-HALF_SQRT_2, HALF_SQRT_2),
    (-1.0, 0.0),
    (-HALF_SQRT_2, -HALF_SQRT_2),
];

/// Horizontal alignment of an axis label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Text starts at the point (right-hand axes).
    Start,
    /// Text is centred on the point (top and bottom axes).
    Middle,
    /// Text ends at the point (left-hand axes).
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value for text written left to right.
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }

    /// The SVG `text-anchor` value that puts the text on the same side of the point in a script
    /// written right to left, where "start" is the text's right end.
    pub fn svg_rtl(self) -> &'static str {
        match self {
            Anchor::Start => "end",
            Anchor::Middle => "middle",
            Anchor::End => "start",
        }
    }
}

/// Formats a coordinate with one decimal, using integer arithmetic (float formatting is costly in wasm).
pub fn coordinate(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// The point of a score (0–100, clamped) on axis `axis`.
pub fn point(axis: usize, score: f64) -> (f64, f64) {
    let (dx, dy) = AXES[axis % AXES.len()];
    let r = RADIUS * score.clamp(0.0, 100.0) / 100.0;
    (dx * r, dy * r)
}

/// The `points` attribute of a polygon through one score per axis; a missing score sits at the centre.
pub fn polygon_points(scores: &[Option<f64>]) -> String {
    scores
        .iter()
        .enumerate()
        .map(|(axis, score)| {
            let (x, y) = point(axis, score.unwrap_or(0.0));
            format!("{},{}", coordinate(x), coordinate(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `points` of the gridline ring at `percent`.
pub fn ring_points(percent: f64) -> String {
    polygon_points(&[Some(percent); 8])
}

/// Where an axis label goes and how it is aligned.
pub fn label_position(axis: usize) -> (f64, f64, Anchor) {
    let (dx, dy) = AXES[axis % AXES.len()];
    let anchor = if dx > 0.1 {
        Anchor::Start
    } else if dx < -0.1 {
        Anchor::End
    } else {
        Anchor::Middle
    };
    // Top and bottom labels sit a little further out so their text clears the ring.
    let nudge = if dy < -0.9 {
        -4.0
    } else if dy > 0.9 {
        10.0
    } else {
        4.0
    };
    (dx * LABEL_RADIUS, dy * LABEL_RADIUS + nudge, anchor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_and_empty_scores_land_on_the_rim_and_centre() {
        let full = polygon_points(&[Some(100.0); 8]);
        assert_eq!(
            full,
            "0.0,-120.0 84.9,-84.9 120.0,0.0 84.9,84.9 0.0,120.0 -84.9,84.9 -120.0,0.0 -84.9,-84.9"
        );
        assert_eq!(polygon_points(&[None; 8]), ["0.0,0.0"; 8].join(" "));
        // 50 on the right axis is half the radius: 60.
        assert_eq!(point(2, 50.0), (60.0, 0.0));
        // Out-of-range scores are clamped to the rim.
        assert_eq!(point(0, 250.0), (0.0, -120.0));
    }

    #[test]
    fn coordinates_round_to_one_decimal() {
        assert_eq!(coordinate(-84.852_81), "-84.9");
        assert_eq!(coordinate(0.04), "0.0");
        assert_eq!(coordinate(-0.04), "0.0");
        assert_eq!(coordinate(12.25), "12.3");
    }

    #[test]
    fn labels_are_anchored_away_from_the_chart() {
        assert_eq!(label_position(0).2, Anchor::Middle);
        assert_eq!(label_position(2).2, Anchor::Start);
        assert_eq!(label_position(6).2, Anchor::End);
    }
}
