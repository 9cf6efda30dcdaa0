#![cfg(not(target_arch = "wasm32"))]
//! The translations' numbers: every number that counts something agrees with its words in every
//! language (CLDR plural forms, for every number the app can show there), every decimal shown to
//! people has the language's separator, in the texts and on the rendered pages, and the compact
//! form carries each select's variants to the app.

mod common;
use common::{
    all_texts, compact_of, english, english_texts, file_of, finished_session, parse, translations,
};

use std::collections::BTreeSet;

use radar_content::compact;
use radar_core::bank::Form;
use radar_core::flow::Session;
use radar_core::locale::{Lang, Locale};
use radar_core::report;

/// What a placeholder the app fills stands for, which decides whether its words change with it.
enum Shows {
    /// A count with words that agree with it (its noun, its verb): each language's text has a
    /// select with a variant for every plural category these numbers fall in, unless they all
    /// fall in `other`, the form a plain text is written in.
    Count(Vec<u64>),
    /// A count written as a figure, after a colon: "Results in this team view: 3." Nothing after it
    /// agrees with it, in any language.
    Figure,
    /// A position, not a quantity: "Statement 3 of 16", "Part 1 of 2", "Change answer 3".
    Position,
    /// A score out of 100 or the cut-off between the patterns: a value, not a count of things.
    Value,
    /// Words: a name, a title, a sentence.
    Words,
}

/// Counts that agree with no word in one language, so its text needs no select, and why.
const AGREES_WITH_NOTHING: [(Lang, &str, &str, &str); 2] = [
    (
        Lang::En,
        "report.compare_needed",
        "n",
        "“1 more needed”, “2 more needed”: no word after the figure changes with it",
    ),
    (
        Lang::Fr,
        "report.compare_needed",
        "n",
        "“il en manque encore 1”: “en” stands for the codes, and “il manque” is impersonal",
    ),
];

/// What `name` in the text `key` (as [`all_texts`] names it) stands for; `None` for a placeholder
/// nobody has classified yet.
fn shows(key: &str, name: &str) -> Option<Shows> {
    use radar_core::raters::MIN_RATERS;
    use radar_core::team::MAX_CODES;
    use Shows::*;
    let whole = |n: usize| n as u64;
    Some(match (key, name) {
        ("report.lean_leading" | "report.lean_managing" | "report.biggest_tilt", "points") => {
            Count(shown_gaps())
        }
        // Two sides or more, of the sixteen, share a score.
        ("report.plan_tie", "count") => Count((2..=16).collect()),
        // The statements of each form.
        ("ui.rater_lead", "n") => Count(
            [Form::Short, Form::Full]
                .map(|form| whole(radar_content::bank().sequence(form).len()))
                .to_vec(),
        ),
        ("report.team_ignored", "max") => Count(vec![whole(MAX_CODES)]),
        ("report.compare_needed", "min") => Count(vec![whole(MIN_RATERS)]),
        ("report.compare_needed", "n") => Count((1..=whole(MIN_RATERS)).collect()),
        ("report.compare_others", "n") => Count((whole(MIN_RATERS)..=1000).collect()),
        (
            "report.team_count"
            | "report.team_duplicates"
            | "report.team_ignored"
            | "report.compare_count",
            "n",
        ) => Figure,
        (
            "ui.progress_items"
            | "ui.announce_item"
            | "ui.progress_scenarios"
            | "ui.announce_scenario"
            | "ui.scenario_part"
            | "ui.change_item"
            | "ui.change_scenario",
            "n" | "total",
        ) => Position,
        (
            _,
            "score" | "average" | "strong_score" | "weak_score" | "own" | "others" | "min" | "max"
            | "line" | "lead" | "manage",
        ) => Value,
        (
            _,
            "name" | "title" | "details" | "then" | "now" | "pattern" | "when" | "answer" | "sides"
            | "dimension" | "pole" | "strong" | "weak" | "code" | "why" | "scenario" | "leading"
            | "managing",
        ) => Words,
        _ => return None,
    })
}

/// Every gap between two shown scores the page can state ("by 25 points"): the shown scores are
/// rounded to 5, so these are the multiples of 5 (0 is said in words).
fn shown_gaps() -> Vec<u64> {
    let scores = (0..=800).map(|eighths| f64::from(eighths) / 8.0);
    let gaps: BTreeSet<u64> = scores
        .clone()
        .flat_map(|a| {
            scores
                .clone()
                .map(move |b| radar_core::scoring::shown_gap(a, b))
        })
        .filter(|&gap| gap > 0)
        .map(|gap| gap as u64)
        .collect();
    gaps.into_iter().collect()
}

/// The variant keys of the select on `name` in `text` (the app's form, `{name -> [key]…}`).
fn select_keys<'a>(text: &'a str, name: &str) -> Option<Vec<&'a str>> {
    let start = text.find(&format!("{{{name} -> "))?;
    let mut depth = 0;
    let mut keys = Vec::new();
    let body = &text[start + 1..];
    for (at, c) in body.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return Some(keys),
            '}' => depth -= 1,
            '[' => keys.push(body[at + 1..].split(']').next().unwrap_or("")),
            _ => {}
        }
    }
    None
}

/// A translation read from its file, as the build reads it.
fn full(lang: Lang) -> Locale {
    parse(lang, &file_of(lang)).unwrap_or_else(|e| panic!("{}: {e}", lang.code()))
}

#[test]
fn every_number_that_counts_agrees_with_its_words_in_every_language() {
    use radar_core::plural::{category, Category, Operands};
    // Every placeholder of every text is classified, so a new one must be thought about.
    for (key, text) in &english_texts() {
        for name in radar_core::text::placeholders(text) {
            assert!(
                shows(key, name).is_some(),
                "{key}: what does `{{{name}}}` show?"
            );
        }
    }
    let mut exempted = Vec::new();
    for lang in Lang::ALL {
        let locale = match lang {
            Lang::En => english(),
            _ => full(lang),
        };
        for (key, text) in all_texts(&locale) {
            for name in radar_core::text::placeholders(text) {
                let Some(shows) = shows(&key, name) else {
                    continue;
                };
                let selected = select_keys(text, name);
                match shows {
                    Shows::Count(numbers) => {
                        let needed: BTreeSet<Category> = numbers
                            .iter()
                            .map(|n| {
                                category(lang, Operands::of(&n.to_string()).expect("a number"))
                            })
                            .collect();
                        let exemption = AGREES_WITH_NOTHING
                            .iter()
                            .find(|(l, k, n, _)| *l == lang && *k == key && *n == name);
                        match (selected, exemption) {
                            (Some(keys), None) => {
                                for category in &needed {
                                    assert!(
                                        keys.contains(&category.id()),
                                        "{}: {key}: `{name}` can be {numbers:?}, so its select needs `[{}]`: {text}",
                                        lang.code(),
                                        category.id()
                                    );
                                }
                            }
                            (None, None) => assert!(
                                needed.iter().all(|c| *c == Category::Other),
                                "{}: {key}: `{name}` can be {numbers:?}, which is {needed:?} in {}: its words need a select on it: {text}",
                                lang.code(),
                                lang.code()
                            ),
                            (None, Some(exemption)) => {
                                // An exemption stands only while it is needed.
                                assert!(needed.iter().any(|c| *c != Category::Other), "{exemption:?}");
                                exempted.push(exemption);
                            }
                            (Some(_), Some(exemption)) => {
                                panic!("{exemption:?}: the text has a select now")
                            }
                        }
                    }
                    Shows::Figure if selected.is_none() => {
                        let placeholder = format!("{{{name}}}");
                        let after = text.split(&placeholder).skip(1).map(str::trim_start);
                        for after in after {
                            assert!(
                                after.is_empty()
                                    || after.starts_with(['.', ':', ';', ',', ')', '؛', '،']),
                                "{}: {key}: `{name}` is a figure that nothing agrees with: {text}",
                                lang.code()
                            );
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    // Each exemption is one text in one language.
    exempted.sort_by_key(|(lang, key, name, _)| (lang.code(), *key, *name));
    exempted.dedup();
    assert_eq!(exempted.len(), AGREES_WITH_NOTHING.len());
}

/// `text` without its markup (tags and their attributes, where machine numbers live, and the
/// standalone radar's stylesheet).
fn words_of(text: &str) -> String {
    let text = match (text.split_once("<style>"), text.split_once("</style>")) {
        (Some((before, _)), Some((_, after))) => format!("{before}{after}"),
        _ => text.to_string(),
    };
    let mut out = String::new();
    for piece in text.split('<') {
        out.push_str(piece.split_once('>').map_or(piece, |(_, words)| words));
        out.push(' ');
    }
    out
}

/// Where `text` writes a decimal with `separator` between two digits.
fn decimals_with(text: &str, separator: char) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .filter(|w| w[0].is_ascii_digit() && w[1] == separator && w[2].is_ascii_digit())
        .map(|w| w.iter().collect())
        .collect()
}

#[test]
fn people_read_decimals_as_their_language_writes_them() {
    use radar_core::number::decimal_separator;
    for lang in Lang::ALL {
        let locale: &'static Locale = Box::leak(Box::new(match lang {
            Lang::En => english(),
            _ => compact::read(lang, &compact_of(lang)).expect("reads"),
        }));
        let texts = radar_content::texts(locale);
        let session = Session {
            scenarios: radar_core::flow::Scenarios::Skipped,
            ..finished_session()
        };
        let scores = report::score_session(&texts, &session).dimensions;
        let code =
            radar_core::result_code::encode(radar_content::bank(), &session).expect("a code");
        let team =
            radar_core::team::Team::from_text(radar_content::bank(), &format!("{code} {code}"));
        let pages = [
            report::document(&texts, &session),
            report::radar::standalone(&texts, &scores, ""),
            team.document(&texts),
        ]
        .map(|page| words_of(&page));
        let written = pages.concat();
        // The other separator never stands between two digits, in a text or on a page.
        let wrong = match decimal_separator(lang) {
            '.' => ',',
            _ => '.',
        };
        for (key, text) in all_texts(locale) {
            assert!(
                decimals_with(text, wrong).is_empty(),
                "{}: {key}: {text}",
                lang.code()
            );
        }
        assert!(
            decimals_with(&written, wrong).is_empty(),
            "{}: {:?}",
            lang.code(),
            decimals_with(&written, wrong)
        );
        // The cut-off, in the legend, each pattern's condition and the caveats, in the language.
        let cut_off = radar_core::number::written(lang, radar_core::scoring::HIGH);
        assert_eq!(cut_off, format!("62{}5", decimal_separator(lang)));
        for page in &pages[..2] {
            assert!(page.contains(&cut_off), "{}", lang.code());
        }
        assert!(
            written.matches(cut_off.as_str()).count() >= 4,
            "{}: {written}",
            lang.code()
        );
    }
}

#[test]
fn the_compact_form_carries_each_variant_to_the_app() {
    use radar_core::text::fill;
    let mut selects = 0;
    for lang in translations() {
        let read = compact::read(lang, &compact_of(lang)).expect("reads");
        let (read, full) = (read.report.expect("kept"), full(lang).report.expect("kept"));
        for ((key, ours), (_, theirs)) in
            read.report.entries().into_iter().zip(full.report.entries())
        {
            assert_eq!(ours, theirs, "{}: {key}", lang.code());
            selects += usize::from(radar_core::text::has_select(ours));
        }
        // Still one line a text: a select keeps its variants on its line.
        assert_eq!(
            compact_of(lang).lines().count(),
            1 + compact::screens_len() + compact::report_len()
        );
    }
    assert!(selects >= 8, "{selects}");
    // As the browser reads it: Arabic points, one of six forms by the number.
    let arabic = compact::read(Lang::Ar, &compact_of(Lang::Ar)).expect("reads");
    let report = &arabic.report.expect("kept").report;
    let lean = |points: &str| fill(Lang::Ar, report.lean_leading(), &[("points", points)]);
    assert_eq!(lean("5"), "تميل إجاباتك نحو القيادة بفارق 5 نقاط.");
    assert_eq!(lean("10"), "تميل إجاباتك نحو القيادة بفارق 10 نقاط.");
    assert_eq!(lean("15"), "تميل إجاباتك نحو القيادة بفارق 15 نقطة.");
    assert_eq!(lean("100"), "تميل إجاباتك نحو القيادة بفارق 100 نقطة.");
    assert_eq!(lean("2"), "تميل إجاباتك نحو القيادة بفارق نقطتين.");
    let german = compact::read(Lang::De, &compact_of(Lang::De)).expect("reads");
    let report = &german.report.expect("kept").report;
    let needed = |n: &str| fill(Lang::De, report.compare_needed(), &[("n", n), ("min", "3")]);
    assert!(
        needed("1").ends_with(": Es fehlt noch 1."),
        "{}",
        needed("1")
    );
    assert!(
        needed("2").ends_with(": Es fehlen noch 2."),
        "{}",
        needed("2")
    );
}
