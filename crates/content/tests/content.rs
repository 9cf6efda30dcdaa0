#![cfg(not(target_arch = "wasm32"))]
//! Interpretation texts and UI strings: they parse, are complete, and use exactly the expected placeholders.

use std::collections::BTreeMap;

use radar_core::bank::Pole;
use radar_core::locale::Lang;
use radar_core::scoring::Archetype;
use radar_core::text::{fill, placeholders, substitute, ReportText, ScreenText, UiText};

const ENGLISH_TEXT: &str = include_str!("../data/locales/en.ftl");

/// The interface strings of `en.ftl` (the messages with a one-line value whose id has no hyphen;
/// the bank's and the interpretation's ids all have one), read line by line, independently of
/// the build's Fluent reader, with `{ $name }` written `{name}` as the app fills it.
fn ui_entries() -> BTreeMap<String, String> {
    let mut all = BTreeMap::new();
    for line in ENGLISH_TEXT.lines() {
        let Some((key, value)) = line.split_once(" = ") else {
            continue;
        };
        if key.starts_with(|c: char| c.is_ascii_lowercase())
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            let value = value.replace("{ $", "{").replace(" }", "}");
            assert!(all.insert(key.to_string(), value).is_none(), "{key} twice");
        }
    }
    all
}

// ---------------------------------------------------------------- interpretation

#[test]
fn interpretation_parses_with_4_archetypes_and_16_actions() {
    let texts = radar_content::english_texts().interpretation;
    assert_eq!(texts.archetypes.len(), 4);
    assert_eq!(texts.actions.len(), 8);
    assert_eq!(
        texts.actions.iter().map(|pair| pair.len()).sum::<usize>(),
        16
    );
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let sources = radar_source::EnglishSources::read(&data).expect("readable");
    assert_eq!(
        &radar_source::english(sources)
            .expect("reads")
            .interpretation,
        texts
    );
}

#[test]
fn archetype_texts_match_their_archetypes() {
    let texts = radar_content::english_texts().interpretation;
    let names: Vec<&str> = Archetype::ALL
        .iter()
        .map(|&a| texts.archetype(a).name)
        .collect();
    assert_eq!(
        names,
        [
            "Leading and Managing",
            "Vision Without Traction",
            "Steady Operation",
            "Foundations in Progress"
        ]
    );
    for a in Archetype::ALL {
        let t = texts.archetype(a);
        for (what, text) in [
            ("when", &t.when),
            ("summary", &t.summary),
            ("next", &t.next),
            ("source", &t.source),
        ] {
            assert!(!text.trim().is_empty(), "{} {what}", a.id());
        }
    }
}

#[test]
fn every_pole_has_an_action() {
    let b = radar_content::bank();
    let texts = radar_content::english_texts().interpretation;
    let mut seen = std::collections::HashSet::new();
    for d in 0..b.dimensions.len() {
        for pole in Pole::BOTH {
            let action = texts.action(d, pole).expect("an action per pole");
            assert!(!action.suggests.trim().is_empty());
            assert!(!action.action.trim().is_empty());
            assert!(!action.source.trim().is_empty());
            assert!(
                seen.insert(action.action),
                "action text repeated: {}",
                action.action
            );
        }
    }
    assert_eq!(seen.len(), 16);
    assert!(texts.action(8, Pole::Lead).is_none());
    // The lead action of direction is the [action direction-lead] section, not the manage one.
    assert!(texts
        .action(0, Pole::Lead)
        .unwrap()
        .action
        .starts_with("Clarify purpose"));
    assert!(texts
        .action(0, Pole::Manage)
        .unwrap()
        .action
        .starts_with("Set SMART goals"));
}

#[test]
fn agility_texts_follow_the_bands_for_reachable_scores() {
    let b = radar_content::bank();
    let texts = &radar_content::english_texts().interpretation.agility;
    for t in [
        &texts.high,
        &texts.middle,
        &texts.low,
        &texts.switched,
        &texts.skipped,
    ] {
        assert!(!t.trim().is_empty());
    }
    // With n scenarios the summed score runs from -n to 3n: agility = 100 * (sum + n) / 4n.
    let n = b.scenarios.len() as i32;
    for k in 0..=4 * n {
        let score = 100.0 * f64::from(k) / f64::from(4 * n);
        let expected = if score >= 85.0 {
            texts.high
        } else if score >= 65.0 {
            texts.middle
        } else {
            texts.low
        };
        assert_eq!(texts.for_score(score), expected, "agility {score}");
    }
    assert_eq!(texts.for_score(100.0), texts.high);
    assert_eq!(texts.for_score(75.0), texts.middle);
    assert_eq!(texts.for_score(50.0), texts.low);
    assert_eq!(texts.for_score(0.0), texts.low);
}

#[test]
fn agility_bands_follow_the_documented_cut_offs() {
    let texts = &radar_content::english_texts().interpretation.agility;
    assert_eq!(texts.for_score(85.0), texts.high);
    assert_eq!(texts.for_score(84.0), texts.middle);
    assert_eq!(texts.for_score(65.0), texts.middle);
    assert_eq!(texts.for_score(64.0), texts.low);
}

// ---------------------------------------------------------------- UI text

#[test]
fn ui_text_has_every_key_once() {
    let texts = radar_content::english_texts();
    let ui = texts.ui;
    let found: Vec<String> = ui_entries().into_keys().collect();
    let mut expected: Vec<&str> = [UiText::KEYS, ScreenText::KEYS, ReportText::KEYS].concat();
    expected.sort_unstable();
    assert_eq!(found, expected);
    assert_eq!(ui.app_title(), "Leadership Radar");
    assert_eq!(ui.scale_1(), "Never");
    assert_eq!(ui.scale_5(), "Always");
    assert_eq!(ui.progress_items(), "{n} of {total}");
}

#[test]
fn every_ui_string_is_non_empty() {
    for (key, value) in ui_entries() {
        assert!(!value.trim().is_empty(), "{key} is empty");
    }
    // The typed structs hold each key's text from the files, in key order.
    let files = ui_entries();
    let typed = radar_content::english_texts()
        .ui
        .entries()
        .into_iter()
        .chain(radar_content::english_texts().screens.entries())
        .chain(radar_content::english_texts().report.entries());
    let mut count = 0;
    for (key, value) in typed {
        assert_eq!(Some(value), files.get(key).map(String::as_str), "{key}");
        count += 1;
    }
    assert_eq!(count, files.len());
}

const EXPECTED_PLACEHOLDERS: [(&str, &[&str]); 42] = [
    ("progress_items", &["n", "total"]),
    ("progress_scenarios", &["n", "total"]),
    ("announce_item", &["n", "total"]),
    ("announce_scenario", &["n", "total", "title"]),
    ("scenario_part", &["n"]),
    ("change_item", &["n"]),
    ("change_scenario", &["n"]),
    ("radar_summary", &["details"]),
    (
        "radar_summary_dimension",
        &["dimension", "leading", "lead", "managing", "manage"],
    ),
    ("legend_line", &["line"]),
    ("honesty_not_validated", &["line"]),
    ("summary_pattern", &["pattern", "when"]),
    ("quality_same", &["answer"]),
    ("quality_two_ways", &["sides"]),
    ("lean_leading", &["points"]),
    ("lean_managing", &["points"]),
    ("biggest_tilt", &["dimension", "pole", "points"]),
    ("biggest_tilt_slight", &["dimension", "pole"]),
    ("agility_score", &["score"]),
    ("plan_lead", &["average"]),
    ("plan_tie", &["count", "score"]),
    (
        "plan_overuse",
        &["strong", "strong_score", "weak", "weak", "weak_score"],
    ),
    ("team_count", &["n"]),
    ("team_rejected", &["code", "why"]),
    ("team_duplicates", &["n"]),
    ("team_ignored", &["n", "max"]),
    ("team_range", &["min", "max"]),
    ("compare_count", &["n"]),
    ("compare_needed", &["n", "min"]),
    ("compare_other_request", &["code"]),
    ("compare_not_rater", &["code"]),
    ("compare_other_form", &["code"]),
    ("compare_others", &["n"]),
    ("compare_gap", &["dimension", "pole", "own", "others"]),
    ("rater_heading", &["name"]),
    ("rater_lead", &["name", "n"]),
    ("rater_stem", &["name"]),
    ("rater_done_lead", &["name"]),
    ("rater_privacy", &["name"]),
    ("before_score", &["dimension", "score"]),
    ("before_summary", &["then", "now"]),
    ("before_side", &["dimension", "pole"]),
];

#[test]
fn placeholders_are_exactly_the_expected_ones() {
    let entries = ui_entries();
    let expected: BTreeMap<&str, &[&str]> = EXPECTED_PLACEHOLDERS.iter().copied().collect();
    assert_eq!(expected.len(), 42);
    for (key, value) in &entries {
        match expected.get(key.as_str()) {
            Some(names) => {
                let mut found = placeholders(value);
                found.sort_unstable();
                let mut names = names.to_vec();
                names.sort_unstable();
                assert_eq!(found, names, "{key}: {value}");
                assert_eq!(
                    value.matches('{').count(),
                    value.matches('}').count(),
                    "{key} has unbalanced braces"
                );
                assert_eq!(value.matches('{').count(), names.len(), "{key}: {value}");
            }
            None => assert!(
                !value.contains('{') && !value.contains('}'),
                "{key} has a brace but no placeholders are expected: {value}"
            ),
        }
    }
    for key in expected.keys() {
        assert!(entries.contains_key(*key), "{key} not in en.ftl");
    }
}

#[test]
fn fill_replaces_placeholders() {
    let ui = radar_content::english_texts().ui;
    assert_eq!(
        substitute(ui.progress_items(), &[("n", "3"), ("total", "16")]),
        "3 of 16"
    );
    let screens = radar_content::english_texts().screens;
    assert_eq!(
        fill(
            Lang::En,
            screens.progress_scenarios(),
            &[("n", "2"), ("total", "6")]
        ),
        "Scenario 2 of 6"
    );
    assert_eq!(
        fill(Lang::En, screens.scenario_part(), &[("n", "1")]),
        "Part 1 of 2"
    );
    let report = radar_content::english_texts().report;
    assert_eq!(
        fill(Lang::En, report.agility_score(), &[("score", "55")]),
        "Agility: 55 out of 100"
    );
    assert_eq!(
        fill(
            Lang::En,
            report.biggest_tilt(),
            &[
                ("dimension", "Direction"),
                ("pole", "Leading"),
                ("points", "25")
            ]
        ),
        "Biggest tilt: Direction, where Leading is ahead by 25 points."
    );
    // Repeated placeholders are all filled; names without a value are left alone.
    for fill in [substitute, |t: &str, v: &[(&str, &str)]| {
        fill(Lang::En, t, v)
    }] {
        assert_eq!(fill("{a}+{a}={b}", &[("a", "1")]), "1+1={b}");
        assert_eq!(fill("no placeholders", &[("a", "1")]), "no placeholders");
    }
}

#[test]
fn placeholders_lists_names_in_order() {
    assert_eq!(placeholders("{n} of {total}"), vec!["n", "total"]);
    assert_eq!(placeholders("none"), Vec::<&str>::new());
    assert_eq!(placeholders("{a}{b} {a}"), vec!["a", "b", "a"]);
    assert_eq!(placeholders("open { only"), Vec::<&str>::new());
}

#[test]
fn fill_leaves_unknown_names_and_never_expands_values() {
    for fill in [substitute, |t: &str, v: &[(&str, &str)]| {
        fill(Lang::En, t, v)
    }] {
        assert_eq!(fill("{a} and {b}", &[("a", "{b}")]), "{b} and {b}");
        assert_eq!(
            fill("no close {brace", &[("brace", "x")]),
            "no close {brace"
        );
        assert_eq!(fill("{}{n}", &[("n", "7")]), "{}7");
        assert_eq!(fill("{ only", &[("only", "x")]), "{ only");
    }
}

#[test]
fn no_english_text_claims_more_than_self_rated_frequency_shows() {
    // Issue 18, part 4: self-rated frequency cannot show strength, the scenario keys are expert
    // judgement, there are no norms, and a score is not a target. Each phrase below once did.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/locales/en.ftl");
    let english = std::fs::read_to_string(path).expect("en.ftl");
    for phrase in [
        "strong on both: the best are",
        "Both sides are strong",
        "common early in a role",
        "change the shape of your radar",
        "the first move the situation called for",
        "That is the art",
        "Start with the managing actions below",
    ] {
        assert!(!english.contains(phrase), "en.ftl still says: {phrase}");
    }
}
