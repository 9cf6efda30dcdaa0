//! Numbers in words: CLDR's plural rules with worked examples in each language, a select's variant
//! chosen by them when a text is filled, and decimals written as each language writes them.

use radar_core::locale::Lang;
use radar_core::number::{decimal_separator, written};
use radar_core::plural::{categories, category, Category, Operands};
use radar_core::text::{fill, placeholders};

/// The category of `number` as written, in `lang`.
fn of(lang: Lang, number: &str) -> Category {
    category(lang, Operands::of(number).expect("a number"))
}

#[test]
fn arabic_has_six_forms_by_the_last_two_digits() {
    use Category::*;
    for (number, expected) in [
        ("0", Zero),
        ("1", One),
        ("2", Two),
        ("3", Few),
        ("10", Few),
        ("11", Many),
        ("99", Many),
        ("100", Other),
        ("101", Other),
        // `two` is n = 2 only, not n % 100 = 2.
        ("102", Other),
        ("103", Few),
        ("110", Few),
        ("111", Many),
        ("199", Many),
        ("200", Other),
        ("1000", Other),
        // The rule reads the value: 3.0 is 3; 1.5 falls in no range.
        ("3.0", Few),
        ("0.0", Zero),
        ("1.5", Other),
    ] {
        assert_eq!(of(Lang::Ar, number), expected, "ar {number}");
    }
}

#[test]
fn english_and_german_have_one_for_a_whole_1_only() {
    for lang in [Lang::En, Lang::De] {
        assert_eq!(of(lang, "1"), Category::One);
        // `v = 0`: a written fraction makes it plural ("1.0 points").
        assert_eq!(of(lang, "1.0"), Category::Other);
        for other in ["0", "2", "5", "11", "21", "101", "1000000"] {
            assert_eq!(of(lang, other), Category::Other, "{} {other}", lang.code());
        }
    }
}

#[test]
fn french_has_one_for_0_and_1_and_many_for_round_millions() {
    for one in ["0", "1", "0.5", "1,5"] {
        assert_eq!(of(Lang::Fr, one), Category::One, "{one}");
    }
    for other in ["2", "10", "100", "1000001", "2,5"] {
        assert_eq!(of(Lang::Fr, other), Category::Other, "{other}");
    }
    for many in ["1000000", "2000000"] {
        assert_eq!(of(Lang::Fr, many), Category::Many, "{many}");
    }
}

#[test]
fn spanish_has_one_for_the_value_1_and_many_for_round_millions() {
    // `n = 1`, unlike English's `i = 1 and v = 0`.
    assert_eq!(of(Lang::Es, "1"), Category::One);
    assert_eq!(of(Lang::Es, "1,0"), Category::One);
    for other in ["0", "2", "1,5", "100", "1000001", "1000000,0"] {
        assert_eq!(of(Lang::Es, other), Category::Other, "{other}");
    }
    assert_eq!(of(Lang::Es, "1000000"), Category::Many);
}

#[test]
fn every_category_a_rule_gives_is_one_it_lists() {
    for lang in Lang::ALL {
        let listed = categories(lang);
        assert!(listed.contains(&Category::Other));
        for n in (0..=200).chain([1_000_000, 2_000_000]) {
            let found = of(lang, &n.to_string());
            assert!(listed.contains(&found), "{} {n}: {found:?}", lang.code());
        }
    }
    assert_eq!(categories(Lang::Ar).len(), 6);
    assert_eq!(Category::from_id("few"), Some(Category::Few));
    assert_eq!(Category::from_id("several"), None);
}

#[test]
fn only_a_written_number_has_operands() {
    assert_eq!(Operands::of("62.50"), Some(Operands { i: 62, v: 2, f: 50 }));
    assert_eq!(Operands::of("62,5"), Some(Operands { i: 62, v: 1, f: 5 }));
    for not in [
        "",
        "five",
        "5 ",
        "-5",
        "1.2.3",
        "5.",
        ".5",
        "1e6",
        "12345678901234567890",
    ] {
        assert_eq!(Operands::of(not), None, "{not:?}");
    }
}

/// The app's form of the Arabic "by N points" (a translation's Fluent select, as the build writes
/// it).
const POINTS: &str = "بفارق {points -> [one]نقطة واحدة[two]نقطتين[few]{points} نقاط[many]{points} نقطة[other]{points} نقطة}.";

#[test]
fn filling_a_select_picks_the_variant_for_the_number() {
    let points = |n: &str| fill(Lang::Ar, POINTS, &[("points", n)]);
    assert_eq!(points("1"), "بفارق نقطة واحدة.");
    assert_eq!(points("2"), "بفارق نقطتين.");
    assert_eq!(points("5"), "بفارق 5 نقاط.");
    assert_eq!(points("10"), "بفارق 10 نقاط.");
    assert_eq!(points("15"), "بفارق 15 نقطة.");
    assert_eq!(points("100"), "بفارق 100 نقطة.");
    // No variant for `zero`: the default, `other`.
    assert_eq!(points("0"), "بفارق 0 نقطة.");
    // A value that is not a number takes `other` too.
    assert_eq!(points("many"), "بفارق many نقطة.");
    assert_eq!(
        placeholders(POINTS),
        ["points", "points", "points", "points"]
    );

    // The same text picks by each language's rule, and an exact number wins over its category.
    let english =
        "{n} {n -> [0]nothing[one]item[other]items} to see: {n -> [one]it is[other]they are} here";
    let en = |n: &str| fill(Lang::En, english, &[("n", n)]);
    assert_eq!(en("0"), "0 nothing to see: they are here");
    assert_eq!(en("1"), "1 item to see: it is here");
    assert_eq!(en("2"), "2 items to see: they are here");
    let french = "{n -> [one]{n} point[other]{n} points} pour {name}";
    let fr = |n: &str| fill(Lang::Fr, french, &[("n", n), ("name", "{n}")]);
    assert_eq!(fr("0"), "0 point pour {n}");
    assert_eq!(fr("1,5"), "1,5 point pour {n}");
    assert_eq!(fr("2"), "2 points pour {n}");
    // Without a value the select still gives its `other` text, placeholder and all.
    assert_eq!(fill(Lang::Fr, french, &[]), "{n} points pour {name}");
}

#[test]
fn a_broken_select_gives_its_other_text_or_nothing_never_a_panic() {
    for (template, n, expected) in [
        // Never closed: left as it is.
        ("a {n -> [one]x[other]y", "1", "a {n -> [one]x[other]y"),
        // No variant for the number, and no `other`.
        ("a {n -> [one]x} b", "2", "a  b"),
        ("a {n -> [other]{n}} b", "1", "a 1 b"),
        ("a {n -> }", "1", "a "),
        // A brace in a key ends the select there.
        ("{n -> [one}x]y}", "1", "x]y}"),
        ("{ -> [other]z}", "1", "z"),
    ] {
        assert_eq!(
            fill(Lang::En, template, &[("n", n)]),
            expected,
            "{template}"
        );
    }
}

#[test]
fn decimals_are_written_with_the_language_s_separator() {
    for (lang, separator, cut_off) in [
        (Lang::En, '.', "62.5"),
        (Lang::Fr, ',', "62,5"),
        (Lang::De, ',', "62,5"),
        (Lang::Es, ',', "62,5"),
        // Western digits, as every Arabic text of the app, with CLDR's point for them.
        (Lang::Ar, '.', "62.5"),
    ] {
        assert_eq!(decimal_separator(lang), separator);
        assert_eq!(written(lang, 62.5), cut_off);
        // Whole numbers have no fraction, and every score is written to one decimal.
        assert_eq!(written(lang, 60.0), "60");
        assert_eq!(written(lang, 0.0), "0");
        assert_eq!(
            written(lang, 57.46),
            format!("57{separator}5"),
            "{}",
            lang.code()
        );
        // What the language writes reads back as the same number, so its plural form is right.
        assert_eq!(Operands::of(&written(lang, 62.5)), Operands::of("62.5"));
    }
}
