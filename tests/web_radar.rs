//! Browser test: the radar, rendered as the app renders it, has the right polygon points for known scores.
#![cfg(target_arch = "wasm32")]

use radar_core::report::{markup::Markup, radar};
use radar_core::scoring::DimensionScore;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HostProps {
    scores: Vec<DimensionScore>,
}

/// Inserts the radar markup the way the results screen does.
#[component]
fn Host(props: &HostProps) -> Html {
    let mut markup = Markup::new();
    radar::write(
        &mut markup,
        &radar_content::english_texts(),
        &props.scores,
        "Test summary",
    );
    Html::from_html_unchecked(AttrValue::from(markup.finish()))
}

/// Mounts the chart in a fresh element on `<body>` and waits for Yew to render.
async fn render(scores: Vec<DimensionScore>) -> Element {
    let document = gloo::utils::document();
    let root = document
        .create_element("div")
        .expect("create a mount point");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("mount");
    yew::Renderer::<Host>::with_root_and_props(root.clone(), HostProps { scores }).render();
    yew::scheduler::flush().await;
    root
}

fn attr(root: &Element, selector: &str, name: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute(name))
        .unwrap_or_else(|| panic!("{selector} has no {name}"))
}

fn scores(lead: [Option<f64>; 8], manage: [Option<f64>; 8]) -> Vec<DimensionScore> {
    lead.iter()
        .zip(manage)
        .map(|(&lead, manage)| DimensionScore { lead, manage })
        .collect()
}

#[wasm_bindgen_test]
async fn polygons_go_through_the_scores() {
    let lead = [100.0, 75.0, 50.0, 25.0, 0.0, 100.0, 50.0, 75.0].map(Some);
    let manage = [
        Some(50.0),
        Some(50.0),
        Some(50.0),
        Some(50.0),
        None,
        Some(50.0),
        Some(50.0),
        Some(50.0),
    ];
    let root = render(scores(lead, manage)).await;
    // Radius 120, axes clockwise from the top; diagonals are (±1/√2, ±1/√2).
    // 100 → 120 up; 75 → 90 × 0.7071 = 63.6; 50 → 60 right; 25 → 30 × 0.7071 = 21.2; 0 → centre;
    // 100 → 120 × 0.7071 = 84.9 down-left; 50 → 60 left; 75 → 63.6 up-left.
    assert_eq!(
        attr(&root, "polygon[data-series=leading]", "points"),
        "0.0,-120.0 63.6,-63.6 60.0,0.0 21.2,21.2 0.0,0.0 -84.9,84.9 -60.0,0.0 -63.6,-63.6"
    );
    // 50 everywhere → 60 from the centre (42.4 on diagonals); the missing pole sits at the centre.
    assert_eq!(
        attr(&root, "polygon[data-series=managing]", "points"),
        "0.0,-60.0 42.4,-42.4 60.0,0.0 42.4,42.4 0.0,0.0 -42.4,42.4 -60.0,0.0 -42.4,-42.4"
    );
    // One marker per scored pole: 8 circles for Leading, 7 squares for Managing.
    assert_eq!(
        root.query_selector_all("circle.marker-leading")
            .unwrap()
            .length(),
        8 + 1
    );
    assert_eq!(
        root.query_selector_all("rect.marker-managing")
            .unwrap()
            .length(),
        7 + 1
    );
}

#[wasm_bindgen_test]
async fn chart_is_labelled_and_has_eight_axes() {
    let root = render(scores([Some(60.0); 8], [Some(40.0); 8])).await;
    let svg = root
        .query_selector("svg.radar-svg")
        .unwrap()
        .expect("the chart");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(attr(&root, "desc", "id"), "radar-desc");
    assert_eq!(
        root.query_selector("desc")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("Test summary")
    );
    assert_eq!(root.query_selector_all("line.axis").unwrap().length(), 8);
    assert_eq!(root.query_selector_all("polygon.ring").unwrap().length(), 4);
    // The labels are HTML beside the plot.
    let labels = root.query_selector_all(".radar-label").unwrap();
    assert_eq!(labels.length(), 8);
    assert_eq!(
        labels.get(0).unwrap().text_content().as_deref(),
        Some("Direction")
    );
    // The outer ring is the 100 line: radius 120 on the top axis; the 62.5 line is a ring of its own.
    let rings = root.query_selector_all("polygon.ring").unwrap();
    let outer = wasm_bindgen::JsCast::dyn_into::<Element>(rings.get(3).unwrap()).unwrap();
    assert!(outer
        .get_attribute("points")
        .unwrap()
        .starts_with("0.0,-120.0 "));
    assert!(attr(&root, "polygon.ring-line", "points").starts_with("0.0,-75.0 "));
}
