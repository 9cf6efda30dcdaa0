//! The content sources read as the build reads them: the real files give exactly the compiled-in
//! content, and each kind of mistake in `bank.toml`, `interpretation.toml` or a Fluent file is
//! refused with its file, its line and what is wrong.

use radar_core::locale::Lang;
use radar_core::text::fill;
use radar_source::{english, EnglishSources, SourceError};

const BANK: &str = include_str!("../../content/data/bank.toml");
const INTERPRETATION: &str = include_str!("../../content/data/interpretation.toml");
const REFERENCES: &str = include_str!("../../content/data/references.toml");
const ENGLISH: &str = include_str!("../../content/data/locales/en.ftl");

fn sources() -> EnglishSources<'static> {
    EnglishSources {
        bank: BANK,
        interpretation: INTERPRETATION,
        references: REFERENCES,
        texts: ENGLISH,
    }
}

/// The error for the English sources with `bank.toml` replaced by `bank`.
fn bank_error(bank: &str) -> SourceError {
    english(EnglishSources { bank, ..sources() }).expect_err("the edited bank must be refused")
}

/// The error for the English sources with `interpretation.toml` replaced.
fn interpretation_error(interpretation: &str) -> SourceError {
    english(EnglishSources {
        interpretation,
        ..sources()
    })
    .expect_err("the edited interpretation must be refused")
}

/// The error for the English sources with `en.ftl` replaced.
fn texts_error(texts: &str) -> SourceError {
    english(EnglishSources { texts, ..sources() }).expect_err("the edited texts must be refused")
}

/// The byte range of the `[[kind]]` entry whose id is `id`, up to the next entry or comment.
fn entry_range(text: &str, kind: &str, id: &str) -> std::ops::Range<usize> {
    let start = text
        .find(&format!("[[{kind}]]\nid = \"{id}\"\n"))
        .unwrap_or_else(|| panic!("no {kind} {id}"));
    let end = text[start + 1..]
        .find("\n[[")
        .or_else(|| text[start + 1..].find("\n# "))
        .map_or(text.len(), |e| start + 1 + e + 1);
    start..end
}

/// `text` with the first `from` inside one entry replaced by `to`.
fn edit_entry(text: &str, kind: &str, id: &str, from: &str, to: &str) -> String {
    let range = entry_range(text, kind, id);
    let entry = &text[range.clone()];
    assert!(entry.contains(from), "`{from}` not in {kind} {id}");
    format!(
        "{}{}{}",
        &text[..range.start],
        entry.replacen(from, to, 1),
        &text[range.end..]
    )
}

/// `text` without one entry.
fn remove_entry(text: &str, kind: &str, id: &str) -> String {
    let range = entry_range(text, kind, id);
    format!("{}{}", &text[..range.start], &text[range.end..])
}

/// The 1-based line of the first line of `text` starting with `starts`, from `after` on.
fn line_of(text: &str, starts: &str, after: usize) -> usize {
    text.lines()
        .enumerate()
        .skip(after)
        .find(|(_, l)| l.starts_with(starts))
        .map(|(i, _)| i + 1)
        .unwrap_or_else(|| panic!("no line starts with `{starts}`"))
}

// ---------------------------------------------------------------- the real files

#[test]
fn the_sources_read_as_the_compiled_in_content() {
    let read = english(sources()).unwrap_or_else(|e| panic!("{e}"));
    let texts = radar_content::english_texts();
    assert_eq!(&read.bank, radar_content::bank());
    assert_eq!(&read.ui, texts.ui);
    assert_eq!(&read.screens, texts.screens);
    assert_eq!(&read.report, texts.report);
    assert_eq!(&read.interpretation, texts.interpretation);
    let observer: Vec<&str> = read.bank.items.iter().map(|i| i.observer).collect();
    assert_eq!(observer, texts.observer);
}

#[test]
fn helpers_edit_only_the_named_entry() {
    let edited = edit_entry(
        BANK,
        "item",
        "direction-lead-2",
        "key = \"positive\"",
        "key = \"reverse\"",
    );
    assert_eq!(edited.len(), BANK.len() - 1);
    assert_eq!(
        edited.matches("key = \"reverse\"").count(),
        BANK.matches("key = \"reverse\"").count() + 1
    );
    let removed = remove_entry(BANK, "item", "direction-lead-2");
    assert!(!removed.contains("\"direction-lead-2\""));
    assert!(removed.contains("\"direction-lead-1\"") && removed.contains("\"direction-lead-3\""));
}

// ---------------------------------------------------------------- bank.toml

#[test]
fn refuses_a_missing_item() {
    let error = bank_error(&remove_entry(BANK, "item", "decisions-manage-2"));
    assert_eq!(
        error.to_string(),
        "bank.toml: decisions manage: expected 3 items, found 2"
    );
}

#[test]
fn refuses_a_pole_with_two_reverse_items() {
    let text = edit_entry(
        BANK,
        "item",
        "direction-lead-2",
        "key = \"positive\"",
        "key = \"reverse\"",
    );
    assert!(bank_error(&text)
        .message
        .contains("direction lead: expected 1 reverse-keyed item, found 2"));
}

#[test]
fn refuses_a_reverse_keyed_short_item() {
    // Swap the keys of change-lead-1 (short) and change-lead-3 so the pole still has one reverse item.
    let text = edit_entry(
        BANK,
        "item",
        "change-lead-1",
        "key = \"positive\"",
        "key = \"reverse\"",
    );
    let text = edit_entry(
        &text,
        "item",
        "change-lead-3",
        "key = \"reverse\"",
        "key = \"positive\"",
    );
    assert!(bank_error(&text)
        .message
        .contains("change lead: the short-form item must be positively keyed"));
}

#[test]
fn refuses_two_short_items_in_a_pole() {
    let text = edit_entry(
        BANK,
        "item",
        "people-lead-2",
        "short = false",
        "short = true",
    );
    assert!(bank_error(&text)
        .message
        .contains("people lead: expected 1 short-form item, found 2"));
}

#[test]
fn refuses_a_scenario_with_two_best_options_or_without_a_worst() {
    let text = edit_entry(
        BANK,
        "scenario",
        "client-lost-a",
        "{ hat = \"manage\", key = 1 }",
        "{ hat = \"manage\", key = 2 }",
    );
    let error = bank_error(&text);
    assert_eq!(
        error.message,
        "scenario `client-lost-a`: exactly one option keyed 2 (best) and one keyed -1 (worst)"
    );
    assert_eq!(
        error.line,
        line_of(
            BANK,
            "options = [",
            line_of(BANK, "id = \"client-lost-a\"", 0)
        )
    );

    let text = edit_entry(
        BANK,
        "scenario",
        "rising-errors",
        "{ hat = \"avoid\", key = -1 }",
        "{ hat = \"avoid\", key = 0 }",
    );
    assert!(bank_error(&text).message.contains("one keyed -1"));
}

#[test]
fn refuses_a_key_out_of_range_a_bad_stage_and_a_missing_option() {
    let text = edit_entry(
        BANK,
        "scenario",
        "rising-errors",
        "key = -1 }",
        "key = -2 }",
    );
    let error = bank_error(&text);
    assert!(
        error.message.contains("key must be -1, 0, 1 or 2"),
        "{error}"
    );
    let text = edit_entry(BANK, "scenario", "client-lost-b", "stage = 2", "stage = 3");
    assert!(bank_error(&text).message.contains("stage must be 1 or 2"));
    let text = edit_entry(BANK, "scenario", "client-lost-b", "stage = 2\n", "");
    assert!(bank_error(&text)
        .message
        .contains("`pair` and `stage` go together"));
    let text = edit_entry(
        BANK,
        "scenario",
        "rising-errors",
        "  { hat = \"avoid\", key = -1 },",
        "",
    );
    assert!(bank_error(&text)
        .message
        .contains("expected 4 options, found 3"));
}

#[test]
fn refuses_an_unknown_dimension_on_its_line() {
    let text = edit_entry(
        BANK,
        "item",
        "motivation-lead-2",
        "dimension = \"motivation\"",
        "dimension = \"motivations\"",
    );
    let error = bank_error(&text);
    assert_eq!(error.message, "unknown dimension `motivations`");
    let id_line = line_of(BANK, "id = \"motivation-lead-2\"", 0);
    assert_eq!(error.line, id_line + 1);
}

#[test]
fn refuses_a_duplicate_id_where_it_repeats() {
    let text = BANK.replacen("id = \"direction-lead-2\"", "id = \"direction-lead-1\"", 1);
    let error = bank_error(&text);
    assert_eq!(
        error.to_string(),
        format!(
            "bank.toml:{}: duplicate item id `direction-lead-1`",
            line_of(BANK, "id = \"direction-lead-2\"", 0)
        )
    );
}

#[test]
fn refuses_an_unknown_field_a_misspelt_value_and_bad_toml() {
    let text = edit_entry(
        BANK,
        "item",
        "people-lead-1",
        "short = true",
        "short = true\nshrot = false",
    );
    let error = bank_error(&text);
    assert!(error.message.contains("unknown field `shrot`"), "{error}");
    assert_eq!(error.line, line_of(&text, "shrot", 0));

    let text = edit_entry(
        BANK,
        "item",
        "people-lead-1",
        "pole = \"lead\"",
        "pole = \"leading\"",
    );
    let error = bank_error(&text);
    assert!(
        error.message.contains("unknown variant `leading`"),
        "{error}"
    );
    assert!(
        error.message.contains("expected `lead` or `manage`"),
        "{error}"
    );

    let text = edit_entry(BANK, "item", "people-lead-1", "short = true", "short = yes");
    let error = bank_error(&text);
    assert_eq!(error.file, "bank.toml");
    assert_eq!(error.line, line_of(&text, "short = yes", 0));

    let text = format!("{BANK}\n[[note]]\ntext = \"hello\"\n");
    assert!(bank_error(&text).message.contains("unknown field `note`"));
}

#[test]
fn refuses_a_lone_second_stage() {
    let error = bank_error(&remove_entry(BANK, "scenario", "client-lost-a"));
    assert_eq!(error.message, "pair `client-lost`: stage 2 without stage 1");
}

// ---------------------------------------------------------------- interpretation.toml

#[test]
fn refuses_a_missing_unknown_or_unsourced_interpretation_entry() {
    let renamed = INTERPRETATION.replacen("id = \"change-manage\"", "id = \"change-managed\"", 1);
    let error = interpretation_error(&renamed);
    assert_eq!(
        error.to_string(),
        format!(
            "interpretation.toml:{}: unknown action `change-managed`",
            line_of(INTERPRETATION, "id = \"change-manage\"", 0)
        )
    );
    let extra = INTERPRETATION.replacen(
        "[[action]]",
        "[[archetype]]\nid = \"extra\"\nsource = \"x\"\n\n[[action]]",
        1,
    );
    let error = interpretation_error(&extra);
    assert!(
        error.message.contains("unknown archetype `extra`"),
        "{error}"
    );
    let missing =
        INTERPRETATION.replacen("source = \"[000] \\\"They look inward first.\\\"\"", "", 1);
    let missing = if missing == INTERPRETATION {
        INTERPRETATION.replacen("source = '[000] \"They look inward first.\"'", "", 1)
    } else {
        missing
    };
    assert_ne!(missing, INTERPRETATION);
    let error = interpretation_error(&missing);
    assert!(error.message.contains("missing field `source`"), "{error}");
}

// ---------------------------------------------------------------- references.toml

#[test]
fn refuses_a_repeated_or_incomplete_reference() {
    let twice = REFERENCES.replacen("id = \"S2\"", "id = \"S1\"", 1);
    let error = english(EnglishSources {
        references: &twice,
        ..sources()
    })
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "references.toml:{}: duplicate reference `S1`",
            line_of(REFERENCES, "id = \"S2\"", 0)
        )
    );
    let no_entry = REFERENCES.replacen("entry = \"Bennis", "entri = \"Bennis", 1);
    let error = english(EnglishSources {
        references: &no_entry,
        ..sources()
    })
    .unwrap_err();
    assert!(error.message.contains("unknown field `entri`"), "{error}");
}

// ---------------------------------------------------------------- locales/en.ftl

#[test]
fn refuses_a_missing_or_unknown_text() {
    let line = ENGLISH
        .lines()
        .find(|l| l.starts_with("dismiss = "))
        .unwrap();
    let missing = ENGLISH.replacen(&format!("{line}\n"), "", 1);
    assert_eq!(
        texts_error(&missing).to_string(),
        "locales/en.ftl: missing message `dismiss`"
    );
    let unknown = ENGLISH.replacen(
        "cancel = Cancel\n",
        "cancel = Cancel\ncancel_all = Cancel all\n",
        1,
    );
    assert_ne!(unknown, ENGLISH);
    let error = texts_error(&unknown);
    assert!(
        error.message.contains("unknown text `cancel_all`"),
        "{error}"
    );
    assert_eq!(error.line, line_of(ENGLISH, "cancel = ", 0) + 1);
    let attribute = ENGLISH.replacen(
        "    .lead = Vision & Purpose\n",
        "    .leed = Vision & Purpose\n",
        1,
    );
    assert_ne!(attribute, ENGLISH);
    assert_eq!(
        texts_error(&attribute).message,
        "missing attribute `.lead` of `dimension-direction`"
    );
}

#[test]
fn refuses_a_text_given_twice_where_it_repeats() {
    let twice = ENGLISH.replacen("back = Back\n", "back = Back\nback = Previous\n", 1);
    assert_ne!(twice, ENGLISH);
    let error = texts_error(&twice);
    assert_eq!(
        error.to_string(),
        format!(
            "locales/en.ftl:{}: message `back` given twice",
            line_of(ENGLISH, "back = ", 0) + 1
        )
    );
}

/// English with `team_count` written as `value` (lines after the first indented as given).
fn with_team_count(value: &str) -> String {
    let line = "team_count = Results in this team view: { $n }.\n";
    assert!(ENGLISH.contains(line));
    ENGLISH.replacen(line, &format!("team_count = {value}\n"), 1)
}

#[test]
fn a_select_on_a_number_is_read_in_the_app_s_form() {
    let texts = with_team_count(
        "{ $n ->\n        [0] No results in this team view.\n        [one] One result in this team view.\n       *[other] { $n } results in this\n            team view.\n    }",
    );
    let read = english(EnglishSources {
        texts: &texts,
        ..sources()
    })
    .unwrap_or_else(|e| panic!("{e}"));
    // The variants in their order, each one paragraph, and `other` the default.
    assert_eq!(
        read.report.team_count(),
        "{n -> [0]No results in this team view.[one]One result in this team view.[other]{n} results in this team view.}"
    );
    let count = |n: &str| fill(Lang::En, read.report.team_count(), &[("n", n)]);
    assert_eq!(count("0"), "No results in this team view.");
    assert_eq!(count("1"), "One result in this team view.");
    assert_eq!(count("7"), "7 results in this team view.");
}

#[test]
fn refuses_a_select_the_app_does_not_evaluate_on_its_line() {
    let at = line_of(ENGLISH, "team_count = ", 0);
    // (the select, the line the error names counted from `team_count`'s, what it says)
    let cases: [(&str, usize, &str); 8] = [
        (
            "{ $n ->\n    [one] One result.\n   *[few] { $n } results.\n}",
            2,
            "`team_count`: `[few]` is not a plural category of en (one, other) nor a whole number",
        ),
        (
            "{ NUMBER($n) ->\n    [one] One result.\n   *[other] { $n } results.\n}",
            0,
            "`team_count`: a select chooses by a variable's number, such as `{ $n -> … }`",
        ),
        (
            "Results: { \"n\" ->\n    [one] One.\n   *[other] Some.\n}",
            0,
            "`team_count`: a select chooses by a variable's number, such as `{ $n -> … }`",
        ),
        (
            "{ $n ->\n   *[one] One result.\n    [other] { $n } results.\n}",
            1,
            "`team_count`: the default variant is `*[other]`, not `*[one]`",
        ),
        (
            "{ $n ->\n    [one] One result.\n    [one] A result.\n   *[other] { $n } results.\n}",
            2,
            "`team_count`: variant `[one]` given twice",
        ),
        (
            "{ $n ->\n    [1.5] Some.\n   *[other] { $n } results.\n}",
            1,
            "`team_count`: `[1.5]`: an exact number is a whole number such as `[0]`",
        ),
        (
            "{ $n ->\n    [one] One { $n ->\n        *[other] result\n    }.\n   *[other] { $n } results.\n}",
            1,
            "`team_count`: only text, variables such as `{ $n }` and a select on a number's plural form are supported",
        ),
        (
            "{ $n ->\n    [one] One [1] result.\n   *[other] { $n } results.\n}",
            1,
            "`team_count`: the text of `[one]` holds `[` or `]`, which mark the variants",
        ),
    ];
    for (select, line, message) in cases {
        let error = texts_error(&with_team_count(select));
        assert_eq!(
            error.to_string(),
            format!("locales/en.ftl:{}: {message}", at + line),
            "{select}"
        );
    }

    // Without a default, Fluent itself refuses it, where the select is.
    let error = texts_error(&with_team_count(
        "{ $n ->\n    [one] One result.\n    [other] { $n } results.\n}",
    ));
    assert_eq!(error.file, "locales/en.ftl");
    assert!(error.message.contains("default"), "{error}");
    assert!((at..=at + 3).contains(&error.line), "{error}");

    // The first screens count nothing: their strings take no select, so the first load carries no
    // plural rules.
    let first = ENGLISH.replacen(
        "progress_items = { $n } of { $total }\n",
        "progress_items = { $n ->\n    [one] { $n }\n   *[other] { $n }\n} of { $total }\n",
        1,
    );
    assert_eq!(
        texts_error(&first).to_string(),
        format!(
            "locales/en.ftl:{}: `progress_items`: the first screens' strings count nothing, so they take no select",
            line_of(ENGLISH, "progress_items = ", 0)
        )
    );
}

#[test]
fn refuses_what_the_app_does_not_evaluate_and_bad_syntax() {
    let function = with_team_count("{ NUMBER($n) } results");
    let error = texts_error(&function);
    assert_eq!(
        error.to_string(),
        format!(
            "locales/en.ftl:{}: `team_count`: only text, variables such as `{{ $n }}` and a select on a number's plural form are supported",
            line_of(ENGLISH, "team_count = ", 0)
        )
    );

    let term = format!("-brand = Leadership Radar\n{ENGLISH}");
    assert_eq!(
        texts_error(&term).to_string(),
        "locales/en.ftl:1: terms (`-brand`) are not used"
    );

    let broken = ENGLISH.replacen("back = Back\n", "back = Back {\n", 1);
    let error = texts_error(&broken);
    assert_eq!(error.file, "locales/en.ftl");
    // Where the parser notices: the open brace's line or the next.
    let at = line_of(ENGLISH, "back = ", 0);
    assert!((at..=at + 1).contains(&error.line), "{error}");

    let empty = ENGLISH.replacen("back = Back\n", "back = { \"\" }\n", 1);
    assert!(texts_error(&empty).message.contains("`back`"));
}

#[test]
fn a_pattern_over_several_lines_is_one_paragraph() {
    let wrapped = ENGLISH.replacen("back = Back\n", "back =\n    Go\n    back\n", 1);
    let read = english(EnglishSources {
        texts: &wrapped,
        ..sources()
    })
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read.ui.back(), "Go back");
}

#[test]
fn refuses_a_missing_or_first_person_observer_statement() {
    let line = "    .observer = When priorities are discussed, this person asks what bigger purpose the work is meant to serve.";
    assert!(ENGLISH.contains(line));
    let missing = ENGLISH.replacen(&format!("{line}\n"), "", 1);
    assert_eq!(
        texts_error(&missing).message,
        "missing attribute `.observer` of `item-direction-lead-1`"
    );
    for bad in [
        "When we discuss priorities, I ask what purpose the work serves.",
        "When priorities are discussed, I ask what bigger purpose the work serves.",
        "They ask what bigger purpose the work is meant to serve.",
    ] {
        let text = ENGLISH.replacen(line, &format!("    .observer = {bad}"), 1);
        let error = texts_error(&text);
        assert!(error.message.contains("this person"), "{bad}: {error}");
        assert_eq!(error.line, line_of(ENGLISH, line, 0), "{bad}");
    }
}

#[test]
fn a_translation_is_held_to_the_english_structure() {
    let french = include_str!("../../content/data/locales/fr.ftl");
    let texts = radar_content::english_texts();
    assert!(radar_source::translation(Lang::Fr, french, &texts).is_ok());
    // English itself is a translation of English.
    assert!(radar_source::translation(Lang::Fr, ENGLISH, &texts).is_ok());
    let short = french.replacen("    .option-d = ", "    .option-e = ", 1);
    let error = radar_source::translation(Lang::Fr, &short, &texts).unwrap_err();
    assert!(
        error.message.contains("missing attribute `.option-d`"),
        "{error}"
    );
}
