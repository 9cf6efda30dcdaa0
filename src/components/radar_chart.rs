//! The radar: eight axes, gridlines, labels and two overlaid polygons (Leading, Managing), drawn as SVG.

use yew::prelude::*;

use crate::core::bank::Bank;
use crate::core::geometry::{
    self, coordinate, label_position, polygon_points, AXES, RADIUS, RINGS,
};
use crate::core::scoring::DimensionScore;
use crate::core::text::UiText;

/// The chart; each series has its own line pattern and marker shape so colour is never the only cue.
///
/// A plain view function: stateless markup costs less wasm as a function than as a component.
///
/// * `scores`: Scores per dimension, in radar order.
/// * `summary`: A text summary for assistive technology.
pub fn radar_chart(scores: &[DimensionScore], summary: String) -> Html {
    let ui = UiText::builtin();
    let bank = Bank::builtin();
    let lead: Vec<Option<f64>> = scores.iter().map(|s| s.lead).collect();
    let manage: Vec<Option<f64>> = scores.iter().map(|s| s.manage).collect();
    let markers = |values: &[Option<f64>], square: bool| -> Html {
        values
            .iter()
            .enumerate()
            .filter_map(|(axis, v)| v.map(|v| geometry::point(axis, v)))
            .map(|(x, y)| {
                if square {
                    html! { <rect class="marker marker-managing" x={coordinate(x - 3.5)} y={coordinate(y - 3.5)} width="7" height="7" /> }
                } else {
                    html! { <circle class="marker marker-leading" cx={coordinate(x)} cy={coordinate(y)} r="4" /> }
                }
            })
            .collect()
    };

    html! {
        <figure class="radar">
            <svg class="radar-svg" viewBox="-290 -162 580 326" role="img" aria-labelledby="radar-title radar-desc">
                <title id="radar-title">{ &ui.radar_title }</title>
                <desc id="radar-desc">{ summary }</desc>
                <g class="radar-grid">
                    { for RINGS.iter().map(|&ring| html! { <polygon class="ring" points={geometry::ring_points(ring)} /> }) }
                    { for AXES.iter().map(|(dx, dy)| html! {
                        <line class="axis" x1="0" y1="0" x2={coordinate(dx * RADIUS)} y2={coordinate(dy * RADIUS)} />
                    }) }
                    { for RINGS.iter().map(|&ring| html! {
                        <text class="ring-label" x="3" y={coordinate(-RADIUS * f64::from(ring) / 100.0 + 10.0)}>{ ring }</text>
                    }) }
                </g>
                <polygon class="series series-managing" points={polygon_points(&manage)} data-series="managing" />
                <polygon class="series series-leading" points={polygon_points(&lead)} data-series="leading" />
                <g class="markers">{ markers(&manage, true) }{ markers(&lead, false) }</g>
                <g class="radar-labels">
                    { for bank.dimensions.iter().enumerate().map(|(axis, dimension)| {
                        let (x, y, anchor) = label_position(axis);
                        html! {
                            <text class="axis-label" x={coordinate(x)} y={coordinate(y)} text-anchor={anchor.svg()} dominant-baseline="middle">{ &dimension.name }</text>
                        }
                    }) }
                </g>
            </svg>
            <figcaption class="legend">
                <span class="legend-item">
                    <svg class="legend-swatch" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
                        <line class="series-leading" x1="2" y1="6" x2="34" y2="6" />
                        <circle class="marker marker-leading" cx="18" cy="6" r="4" />
                    </svg>
                    { &ui.legend_leading }
                </span>
                <span class="legend-item">
                    <svg class="legend-swatch" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
                        <line class="series-managing" x1="2" y1="6" x2="34" y2="6" />
                        <rect class="marker marker-managing" x="14.5" y="2.5" width="7" height="7" />
                    </svg>
                    { &ui.legend_managing }
                </span>
            </figcaption>
        </figure>
    }
}
