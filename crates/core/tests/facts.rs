#![cfg(not(target_arch = "wasm32"))]
//! The facts the page's JavaScript shares with Rust: the fragments that open another page than the
//! assessment, and the JSON the build writes into early.js and boot.js.

mod common;

use radar_core::facts::{self, Elsewhere};
use radar_core::locale::Lang;

#[test]
fn a_fragment_opens_results_a_rater_form_the_team_view_or_nothing_else() {
    assert_eq!(
        Elsewhere::of_fragment("#r=R1abc"),
        Some(Elsewhere::Shared("R1abc".into()))
    );
    assert_eq!(
        Elsewhere::of_fragment("#rate=I1xyz"),
        Some(Elsewhere::Rate("I1xyz".into()))
    );
    assert_eq!(Elsewhere::of_fragment("#team"), Some(Elsewhere::Team));
    assert_eq!(Elsewhere::of_fragment("#pool"), Some(Elsewhere::Pool));
    assert_eq!(Elsewhere::of_fragment("#pool=x"), None);
    for assessment in [
        "", "#", "#main", "#teams", "#team=1", "#R=R1abc", "#rater", "r=R1",
    ] {
        assert_eq!(Elsewhere::of_fragment(assessment), None, "{assessment}");
    }
}

#[test]
fn the_javascript_facts_are_one_json_object_with_every_language() {
    let text = facts::javascript();
    assert!(common::is_json(&text), "{text}");
    let languages: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("\"{}\"", l.code()))
        .collect();
    assert!(
        text.contains(&format!("\"languages\":[{}]", languages.join(","))),
        "{text}"
    );
    assert!(text.contains("\"rightToLeft\":[\"ar\"]"));
    assert!(text.contains(&format!("\"sessionKey\":\"{}\"", facts::SESSION_KEY)));
}
