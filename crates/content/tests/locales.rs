#![cfg(not(target_arch = "wasm32"))]
//! The translations: every locale has every key, item, scenario option and interpretation text,
//! none empty, with English's placeholders; a broken file is refused with its reason; and the
//! language is negotiated as the URL and the browser ask. (Their numbers: `numbers.rs`.)

mod common;
use common::{
    all_texts, compact_of, english_texts, file_of, finished_session, parse, translations,
};

use std::collections::BTreeSet;
use std::fs;

use radar_content::compact;
use radar_core::locale::{Lang, Locale};
use radar_core::report;

#[test]
fn there_is_one_file_per_language_and_nothing_else() {
    let found: BTreeSet<String> = fs::read_dir("data/locales")
        .expect("data/locales exists")
        .map(|entry| {
            entry
                .expect("readable")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let expected: BTreeSet<String> = Lang::ALL
        .iter()
        .map(|l| format!("{}.ftl", l.code()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn every_locale_has_every_text_with_english_placeholders() {
    let english = english_texts();
    for lang in translations() {
        let locale = parse(lang, &file_of(lang)).unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
        assert_eq!(locale.lang, lang);
        let texts = all_texts(&locale);
        assert_eq!(texts.len(), english.len(), "{}", lang.code());
        let mut same = Vec::new();
        for ((key, text), (english_key, original)) in texts.iter().zip(&english) {
            assert_eq!(key, english_key);
            assert!(!text.trim().is_empty(), "{}: {key} is empty", lang.code());
            // The same names, each as often as the sentence needs it (a select repeats its number
            // in its variants, or drops it for a word: "نقطتين").
            let names = |text| -> BTreeSet<&str> {
                radar_core::text::placeholders(text).into_iter().collect()
            };
            assert_eq!(names(text), names(original), "{}: {key}", lang.code());
            if text == original {
                same.push(key.as_str());
            }
        }
        // A sentence left in English is a missed translation; a single word or a file format
        // ("Motivation", "PNG"), or a template of placeholders and punctuation alone, may well be
        // the same in both languages.
        let sentences: Vec<&&str> = same
            .iter()
            .filter(|key| {
                let original = english
                    .iter()
                    .find(|(k, _)| k == *key)
                    .map_or("", |(_, t)| *t);
                words_outside_placeholders(original) > 2
            })
            .collect();
        assert!(
            sentences.is_empty(),
            "{}: untranslated {sentences:?}",
            lang.code()
        );
        assert!(
            same.len() <= 10,
            "{}: too many texts as in English: {same:?}",
            lang.code()
        );
        // The structure is English's: ids, poles, keys and scoring untouched.
        let bank = radar_content::bank();
        for (ours, theirs) in locale.bank.items.iter().zip(bank.items) {
            assert_eq!(
                (ours.id, ours.pole, ours.keying, ours.short),
                (theirs.id, theirs.pole, theirs.keying, theirs.short)
            );
        }
        for (ours, theirs) in locale.bank.scenarios.iter().zip(bank.scenarios) {
            let keys = |s: &radar_core::bank::Scenario| {
                s.options.iter().map(|o| (o.hat, o.key)).collect::<Vec<_>>()
            };
            assert_eq!(keys(ours), keys(theirs), "{}", ours.id);
        }
    }
}

#[test]
fn arabic_is_written_in_arabic_script_with_western_digits() {
    let locale = parse(Lang::Ar, &file_of(Lang::Ar)).expect("Arabic parses");
    for (key, text) in all_texts(&locale) {
        let letters = |t: &str| {
            radar_core::text::placeholders(t)
                .iter()
                .fold(t.to_string(), |t, name| {
                    t.replace(&format!("{{{name}}}"), "")
                })
                .chars()
                .any(char::is_alphabetic)
        };
        // The product's name stays in Latin script; a text of placeholders and signs has no words.
        if key == "ui.app_title" || !letters(text) {
            continue;
        }
        assert!(
            text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            "{key} has no Arabic letter: {text}"
        );
        assert!(
            !text.chars().any(|c| ('\u{0660}'..='\u{0669}').contains(&c)),
            "{key} uses Arabic-Indic digits; the app writes numbers as 0-9: {text}"
        );
    }
}

#[test]
fn the_compact_form_reads_back_as_the_translation_file() {
    for lang in translations() {
        let full = parse(lang, &file_of(lang)).unwrap_or_else(|e| panic!("{e}"));
        let compact = compact_of(lang);
        let read = compact::read(lang, &compact).expect("reads");
        assert_eq!(all_texts(&read), all_texts(&full), "{}", lang.code());
        assert_eq!(read.bank, full.bank);
        // Sources stay English's, in every language.
        let (read_texts, full_texts) = (read.report.expect("kept"), full.report.expect("kept"));
        assert_eq!(read_texts.interpretation, full_texts.interpretation);

        let screens = compact::read_screens(lang, &compact).expect("reads");
        assert!(screens.report.is_none());
        assert_eq!(screens.ui, full.ui);
        assert_eq!(screens.bank, full.bank);
        // One text per line after the header, and nothing else.
        assert_eq!(
            compact.lines().count(),
            1 + compact::screens_len() + compact::report_len()
        );
    }
}

#[test]
fn a_damaged_compact_translation_is_refused_with_its_reason() {
    let french = compact_of(Lang::Fr);
    let refused = |text: &str| {
        compact::read_screens(Lang::Fr, text)
            .map(|_| ())
            .map_err(|e| e.to_string())
    };
    let header = french.lines().next().expect("a header").to_string();
    let body: Vec<&str> = french.lines().skip(1).collect();
    let with_body = |lines: &[&str]| format!("{header}\n{}\n", lines.join("\n"));

    assert!(refused(&french).is_ok());
    // Another language's file, another version, or not a translation at all.
    let german = compact_of(Lang::De);
    assert!(refused(&german)
        .unwrap_err()
        .contains("expected the header"));
    let older = french.replacen(
        &format!("{} ", compact::MAGIC),
        "leadership-radar translation 0 ",
        1,
    );
    assert_ne!(older, french);
    assert!(refused(&older).unwrap_err().starts_with("line 1:"));
    assert!(refused("<!doctype html><p>Not found</p>").is_err());
    assert!(refused("").is_err());
    // A text missing, or one too many: every later text would land on the wrong key.
    let missing = with_body(&body[1..]);
    assert!(refused(&missing).unwrap_err().contains("texts, expected"));
    let mut extra = body.clone();
    extra.push("one more");
    assert!(refused(&with_body(&extra))
        .unwrap_err()
        .contains("texts, expected"));
    // An empty text names its line.
    let mut blank = body.clone();
    blank[4] = "  ";
    assert_eq!(
        refused(&with_body(&blank)).unwrap_err(),
        "line 6: an empty text"
    );
    // A file without its final line break reads the same.
    assert!(refused(french.trim_end_matches('\n')).is_ok());
}

// The tool needs the readers of the sources (the `sources` feature, which `make test` turns on);
// without it Cargo does not build the tool, and an earlier build of it would be tested instead.
#[cfg(feature = "sources")]
#[test]
fn the_build_tool_writes_every_translation_in_the_compact_form() {
    let out = std::env::temp_dir().join(format!("lr-locales-{}", std::process::id()));
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_compile-locales"))
        .arg("data")
        .arg(&out)
        .status()
        .expect("cargo runs");
    assert!(status.success());
    for lang in translations() {
        let written =
            fs::read_to_string(out.join(format!("{}.txt", lang.code()))).expect("written");
        assert_eq!(written, compact_of(lang), "{}", lang.code());
    }
    let _ = fs::remove_dir_all(&out);
}

/// The French file changed by `change`; `Err` with the reason when refused.
fn french_with(change: impl Fn(&str) -> String) -> Result<Locale, String> {
    parse(Lang::Fr, &change(&file_of(Lang::Fr))).map_err(|e| e.to_string())
}

/// `text` with its first line starting with `starts` replaced by `with` (removed when empty).
fn replace_line(text: &str, starts: &str, with: &str) -> String {
    let mut done = false;
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        if !done && line.starts_with(starts) {
            done = true;
            if !with.is_empty() {
                out.push(with.to_string());
            }
        } else {
            out.push(line.to_string());
        }
    }
    assert!(done, "no line starts with `{starts}`");
    out.join("\n")
}

/// The 1-based line of the first line of the French file starting with `starts`.
fn french_line(starts: &str) -> usize {
    file_of(Lang::Fr)
        .lines()
        .position(|l| l.starts_with(starts))
        .expect("the line exists")
        + 1
}

#[test]
fn a_broken_translation_is_refused_with_its_file_line_and_reason() {
    assert!(french_with(|t| t.to_string()).is_ok());
    let missing = french_with(|t| replace_line(t, "next = ", "")).unwrap_err();
    assert_eq!(missing, "locales/fr.ftl: missing message `next`");
    let unknown = french_with(|t| t.replacen("\nback = ", "\nnexte = Suivant\nback = ", 1));
    assert_eq!(
        unknown.unwrap_err(),
        format!(
            "locales/fr.ftl:{}: unknown text `nexte`: no such message or attribute in the app",
            french_line("back = ")
        )
    );
    let renamed =
        french_with(|t| t.replace("item-problems-manage-3 =", "item-problems-manage-9 ="));
    assert_eq!(
        renamed.unwrap_err(),
        "locales/fr.ftl: missing message `item-problems-manage-3`"
    );
    let option =
        french_with(|t| replace_line(t, "    .option-b = ", "    .option-x = Autre chose"));
    assert!(option
        .unwrap_err()
        .contains("missing attribute `.option-b` of `scenario-"));
    let empty = french_with(|t| replace_line(t, "back = ", "back ="));
    let why = empty.unwrap_err();
    assert!(
        why.starts_with(&format!("locales/fr.ftl:{}: ", french_line("back = "))),
        "{why}"
    );
    let twice = french_with(|t| format!("{t}\nback = Précédent\n")).unwrap_err();
    let last = file_of(Lang::Fr).lines().count() + 2;
    assert_eq!(
        twice,
        format!("locales/fr.ftl:{last}: message `back` given twice")
    );
    // A select on the number's plural form is read; one the app does not evaluate is refused
    // where it goes wrong.
    let select = |variants: &str| {
        french_with(|t| {
            replace_line(
                t,
                "team_count = ",
                &format!("team_count = {{ $n ->\n{variants}\n}}"),
            )
        })
    };
    let count = french_line("team_count = ");
    let read = select("    [one] Un résultat.\n   *[other] { $n } résultats.").expect("read");
    let report = &read.report.expect("kept").report;
    assert_eq!(
        radar_core::text::fill(Lang::Fr, report.team_count(), &[("n", "0")]),
        "Un résultat."
    );
    assert_eq!(
        select("    [two] Deux.\n   *[other] { $n } résultats.").unwrap_err(),
        format!(
            "locales/fr.ftl:{}: `team_count`: `[two]` is not a plural category of fr (one, many, other) nor a whole number",
            count + 1
        )
    );
    assert_eq!(
        select("    [other] { $n } résultats.\n   *[one] Un résultat.").unwrap_err(),
        format!(
            "locales/fr.ftl:{}: `team_count`: the default variant is `*[other]`, not `*[one]`",
            count + 2
        )
    );
    let no_default = select("    [one] Un résultat.\n    [other] { $n } résultats.").unwrap_err();
    assert!(no_default.starts_with("locales/fr.ftl:"), "{no_default}");
    assert!(no_default.contains("default"), "{no_default}");
    let on_a_word = french_with(|t| {
        replace_line(
            t,
            "team_count = ",
            "team_count = { \"n\" ->\n   *[other] Des résultats.\n}",
        )
    });
    assert_eq!(
        on_a_word.unwrap_err(),
        format!("locales/fr.ftl:{count}: `team_count`: a select chooses by a variable's number, such as `{{ $n -> … }}`")
    );
}

#[test]
fn the_language_follows_the_url_then_the_browser_then_english() {
    let prefs = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    assert_eq!(
        Lang::negotiate(Some(Lang::De), &prefs(&["fr-FR"])),
        Lang::De
    );
    assert_eq!(
        Lang::negotiate(None, &prefs(&["pt-BR", "es-MX", "fr"])),
        Lang::Es
    );
    assert_eq!(Lang::negotiate(None, &prefs(&["AR_eg"])), Lang::Ar);
    assert_eq!(Lang::negotiate(None, &prefs(&["ja", "zh-Hant"])), Lang::En);
    assert_eq!(Lang::negotiate(None, &[]), Lang::En);
    assert_eq!(
        Lang::from_tag("english"),
        None,
        "a primary subtag, not a prefix"
    );
    assert_eq!(Lang::Ar.dir(), "rtl");
    assert!(Lang::ALL
        .iter()
        .filter(|l| l.is_rtl())
        .eq([Lang::Ar].iter()));
}

#[test]
fn a_locale_writes_the_screens_and_the_results() {
    let document = |lang: Lang| {
        let locale: &'static Locale = Box::leak(Box::new(
            compact::read(lang, &compact_of(lang)).expect("reads"),
        ));
        let texts = radar_content::texts(locale);
        let text = report::document(&texts, &finished_session());
        (locale, texts, text)
    };
    for lang in translations() {
        let (locale, texts, text) = document(lang);
        assert_eq!(texts.ui.next(), locale.ui.next());
        assert!(text.contains(texts.report.plan_heading()));
        assert!(
            !text.contains(radar_content::english_texts().report.plan_heading()),
            "{}",
            lang.code()
        );
        for dimension in locale.bank.dimensions {
            assert!(
                text.contains(&escape(dimension.name)),
                "{}: {}",
                lang.code(),
                dimension.name
            );
        }
    }
    // In the radar's file (SVG text), Arabic labels anchor on the far side of their point, so they
    // still read away from the chart; on the page the labels are HTML, centred on their tips.
    let file = |lang: Lang| {
        let (_, texts, _) = document(lang);
        let scores = report::score_session(&texts, &finished_session()).dimensions;
        radar_core::report::radar::standalone(&texts, &scores, "")
    };
    let arabic = file(Lang::Ar);
    assert!(arabic.contains("<g class=\"radar-labels\" direction=\"rtl\">"));
    let french = file(Lang::Fr);
    let anchors = |text: &str| {
        text.split("text-anchor=\"")
            .skip(1)
            .map(|s| s.split('"').next().unwrap_or("").to_string())
            .collect::<Vec<_>>()
    };
    let mirrored: Vec<String> = anchors(&french)
        .into_iter()
        .map(|a| match a.as_str() {
            "start" => "end".to_string(),
            "end" => "start".to_string(),
            other => other.to_string(),
        })
        .collect();
    assert_eq!(anchors(&arabic), mirrored);
}

/// `text` as the report writes it into markup.
fn escape(text: &str) -> String {
    let mut markup = radar_core::report::markup::Markup::new();
    markup.text(text);
    markup.finish()
}

#[test]
fn long_radar_labels_wrap_onto_two_lines_at_the_middle_space() {
    use radar_core::report::radar::label_lines;
    assert_eq!(label_lines("Change", 150.0), ("Change", None));
    assert_eq!(
        label_lines("Menschen & Struktur", 155.0),
        ("Menschen &", Some("Struktur"))
    );
    assert_eq!(
        label_lines("Organisation humaine", 155.0),
        ("Organisation", Some("humaine"))
    );
    assert_eq!(
        label_lines("Verantwortungsbewusstsein", 100.0),
        ("Verantwortungsbewusstsein", None)
    );
    // Every label of every language fits its side of the chart once wrapped.
    let width = radar_core::report::radar::LABEL_CHAR_WIDTH;
    for lang in Lang::ALL {
        let locale = match lang {
            Lang::En => radar_content::ENGLISH.bank,
            _ => compact::read(lang, &compact_of(lang)).expect("reads").bank,
        };
        for (axis, dimension) in locale.dimensions.iter().enumerate() {
            let (x, _, _) = radar_core::geometry::label_position(axis);
            let room = if x.abs() < 1.0 {
                600.0
            } else {
                300.0 - x.abs() - 4.0
            };
            let (first, second) = label_lines(dimension.name, room);
            for line in [Some(first), second].into_iter().flatten() {
                assert!(
                    line.chars().count() as f64 * width <= room,
                    "{}: {line}",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn every_translation_keeps_a_stages_options_within_three_words_of_each_other() {
    // The English rule (crates/content/tests/bank.rs) holds in each language, or a translation
    // would hand back the length cue the English took out.
    for lang in Lang::ALL {
        let locale = parse(lang, &file_of(lang)).unwrap_or_else(|e| panic!("{e}"));
        for s in locale.bank.scenarios {
            let counts: Vec<usize> = s
                .options
                .iter()
                .map(|o| o.text.split_whitespace().count())
                .collect();
            let (min, max) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
            assert!(
                max - min <= 3,
                "{}: {}: option lengths {counts:?} words",
                lang.code(),
                s.id
            );
        }
    }
}

#[test]
fn pattern_names_name_a_pattern_not_a_person_in_every_language() {
    // A name such as "Steady Operator" or "Gestionnaire solide" reads as what someone is; a result
    // of self-rated frequency can only describe a pattern of answers ("Steady Operation").
    let people: [(Lang, &[&str]); 5] = [
        (
            Lang::En,
            &["manager", "leader", "visionary", "operator", "builder"],
        ),
        (
            Lang::Fr,
            &[
                "manager",
                "leader",
                "visionnaire",
                "gestionnaire",
                "bâtisseur",
                "bâtisseuse",
            ],
        ),
        (
            Lang::De,
            &[
                "führungskraft",
                "manager",
                "managerin",
                "visionär",
                "visionärin",
                "macher",
            ],
        ),
        (
            Lang::Es,
            &[
                "gerente",
                "líder",
                "visionario",
                "visionaria",
                "gestor",
                "gestora",
            ],
        ),
        (Lang::Ar, &["مدير", "المدير", "قائد", "القائد"]),
    ];
    for (lang, nouns) in people {
        let locale = parse(lang, &file_of(lang)).unwrap_or_else(|e| panic!("{e}"));
        let texts = locale.report.expect("a full parse");
        for archetype in texts.interpretation.archetypes {
            let name = archetype.name.to_lowercase();
            for word in name.split(|c: char| !c.is_alphanumeric()) {
                assert!(
                    !nouns.contains(&word),
                    "{}: the pattern \"{}\" names a person ({word})",
                    lang.code(),
                    archetype.name
                );
            }
        }
    }
}

/// The words of a text outside its placeholders (`{ $name }`, or `{name}` in the app's form).
fn words_outside_placeholders(text: &str) -> usize {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}
