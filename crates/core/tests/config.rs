#![cfg(not(target_arch = "wasm32"))]
//! Embedding configuration from the URL: typed values, invalid ones ignored with a warning.

mod common;
use common::Rng;

use radar_core::bank::Form;
use radar_core::config::{
    accent_ink, parse, parse_own_page, Config, LmsChoice, StorageChoice, Theme, Warning,
};
use radar_core::locale::Lang;

fn warned(warnings: &[Warning]) -> Vec<&str> {
    warnings.iter().map(|w| w.parameter.as_str()).collect()
}

#[test]
fn a_plain_link_gets_the_defaults() {
    for query in ["", "?", "?utm_source=portal&x=1"] {
        let (config, warnings) = parse(query);
        assert_eq!(config, Config::default(), "{query}");
        assert!(
            warnings.is_empty(),
            "unknown parameters are the host's own: {query}"
        );
    }
    let defaults = Config::default();
    assert!(defaults.intro);
    assert_eq!(defaults.form, None);
    assert_eq!(defaults.storage, StorageChoice::Auto);
    assert_eq!(defaults.lms, LmsChoice::Auto);
}

#[test]
fn every_parameter_reads_its_valid_values() {
    let (config, warnings) = parse(
        "?form=full&theme=dark&accent=%23336699&intro=off&parentOrigin=https%3A%2F%2Flms.example.org+http%3A%2F%2Flms.test%3A8000&id=course-7.unit%3A2&storage=host&lms=scorm12&lang=ar-EG",
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.form, Some(Form::Full));
    assert_eq!(config.theme, Theme::Dark);
    assert_eq!(config.accent.as_deref(), Some("#336699"));
    assert!(!config.intro);
    assert_eq!(
        config.parent_origins,
        vec!["https://lms.example.org", "http://lms.test:8000"]
    );
    assert_eq!(config.id.as_deref(), Some("course-7.unit:2"));
    assert_eq!(config.storage, StorageChoice::Host);
    assert_eq!(config.lms, LmsChoice::Scorm12);
    assert_eq!(config.lang, Some(Lang::Ar));
}

#[test]
fn invalid_values_are_ignored_with_a_warning_each() {
    let (config, warnings) = parse(
        "form=long&theme=blue&accent=red&intro=maybe&parentOrigin=*&id=ann%40example.org&storage=cookie&lms=scorm2004&lang=klingon",
    );
    assert_eq!(config, Config::default(), "nothing invalid is applied");
    assert_eq!(
        warned(&warnings),
        [
            "form",
            "theme",
            "accent",
            "intro",
            "parentOrigin",
            "id",
            "storage",
            "lms",
            "lang"
        ]
    );
    // The warning says what was received and what is expected.
    assert_eq!(warnings[0].value, "long");
    assert_eq!(warnings[0].expected, "short or full");
    // An invalid value leaves an earlier valid one in place.
    let (config, warnings) = parse("form=short&form=huge");
    assert_eq!(config.form, Some(Form::Short));
    assert_eq!(warned(&warnings), ["form"]);
    // For repeated valid ones the last wins.
    assert_eq!(parse("theme=dark&theme=light").0.theme, Theme::Light);
}

#[test]
fn accents_are_validated_and_normalised() {
    for (value, expected) in [
        ("%23ABC", Some("#aabbcc")),
        ("abc", Some("#aabbcc")),
        ("3F37C9", Some("#3f37c9")),
        ("%233f37c9", Some("#3f37c9")),
        ("%23abcd", None),
        ("ggg", None),
        ("", None),
        ("%23", None),
        ("url(x)", None),
    ] {
        assert_eq!(
            parse(&format!("accent={value}")).0.accent.as_deref(),
            expected,
            "{value}"
        );
    }
}

#[test]
fn parent_origins_must_be_exact() {
    let origin = |value: &str| parse(&format!("parentOrigin={value}")).0.parent_origins;
    assert_eq!(
        origin("https://LMS.Example.org/"),
        ["https://lms.example.org"]
    );
    assert_eq!(origin("http://[::1]:8080"), ["http://[::1]:8080"]);
    assert_eq!(origin("http://[::1]"), ["http://[::1]"]);
    // A default port is left out, as browsers leave it out of `event.origin`.
    assert_eq!(
        origin("https://lms.example.org:443"),
        ["https://lms.example.org"]
    );
    assert_eq!(
        origin("http://lms.example.org:80"),
        ["http://lms.example.org"]
    );
    assert_eq!(
        origin("http://lms.example.org:443"),
        ["http://lms.example.org:443"]
    );
    assert_eq!(
        origin("https://lms.example.org:8443"),
        ["https://lms.example.org:8443"]
    );
    for bad in [
        "*",
        "null",
        "lms.example.org",
        "ftp://lms.example.org",
        "https://lms.example.org/path",
        "https://*.example.org",
        "https://user@lms.example.org",
        "https://lms.example.org:0",
        "https://lms.example.org:99999",
        "https://lms.example.org:",
        "https://.example.org",
        "https://a.b:1:2",
        "javascript:alert(1)",
    ] {
        assert!(origin(bad).is_empty(), "{bad} must be rejected");
    }
    // One bad origin rejects the whole list: a typo must not silently narrow or widen trust.
    let (config, warnings) = parse("parentOrigin=https%3A%2F%2Fa.example+*");
    assert!(config.parent_origins.is_empty());
    assert_eq!(warned(&warnings), ["parentOrigin"]);
}

#[test]
fn ids_are_short_opaque_tokens() {
    let id = |value: &str| parse(&format!("id={value}")).0.id;
    assert_eq!(id("abc_123").as_deref(), Some("abc_123"));
    assert_eq!(
        id(&"x".repeat(64)).as_deref(),
        Some("x".repeat(64).as_str())
    );
    assert_eq!(id(&"x".repeat(65)), None);
    assert_eq!(id(""), None);
    assert_eq!(id("Ann+Smith"), None, "no spaces, so no names");
    assert_eq!(id("ann%40example.org"), None, "no e-mail addresses");
}

#[test]
fn malformed_percent_encoding_is_a_warning_not_a_panic() {
    for query in [
        "form=%",
        "form=%4",
        "form=%zz",
        "id=%FF",
        "%=x",
        "theme=%E2%82",
    ] {
        let (config, warnings) = parse(query);
        assert_eq!(config, Config::default(), "{query}");
        assert_eq!(warnings.len(), 1, "{query}");
    }
}

#[test]
fn random_query_strings_never_panic() {
    let alphabet: Vec<char> =
        "formthemeaccentintroparentOriginidstoragelms=&%+?#:/.[]*-_0123456789abcdefABCDEF éü€\u{0}"
            .chars()
            .collect();
    let mut rng = Rng(0x5EED_C0FF_EE00_1234);
    for _ in 0..20_000 {
        let len = rng.below(80);
        let query: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        let (config, warnings) = parse(&query);
        // At most one warning per parameter, and whatever was kept is valid.
        assert!(warnings.len() <= query.split('&').count(), "{query:?}");
        if let Some(accent) = &config.accent {
            assert!(accent.len() == 7 && accent.starts_with('#'), "{query:?}");
        }
        if let Some(id) = &config.id {
            assert!(!id.is_empty() && id.len() <= 64, "{query:?}");
        }
    }
}

/// WCAG 2 contrast ratio of two `#rrggbb` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let luminance = |hex: &str| {
        let c = |i: usize| {
            let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * c(1) + 0.7152 * c(3) + 0.0722 * c(5)
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[test]
fn accent_ink_is_the_more_readable_of_black_and_white() {
    assert_eq!(accent_ink("#3f37c9"), "#ffffff");
    assert_eq!(accent_ink("#ffd400"), "#000000");
    assert_eq!(accent_ink("#000000"), "#ffffff");
    assert_eq!(accent_ink("#ffffff"), "#000000");
    let mut rng = Rng(42);
    for _ in 0..2_000 {
        let accent = format!("#{:06x}", rng.next() & 0xff_ffff);
        let ink = accent_ink(&accent);
        let other = if ink == "#000000" {
            "#ffffff"
        } else {
            "#000000"
        };
        let (chosen, rejected) = (contrast(&accent, ink), contrast(&accent, other));
        // The luminance is approximated (no software pow in the wasm): where black and white are
        // nearly equal the choice may be the slightly lower one, never by more than 1%.
        assert!(
            chosen >= rejected * 0.99,
            "{accent}: {ink} {chosen} < {rejected}"
        );
        // The chosen ink always reaches 4.5:1, the AA level for normal text.
        assert!(chosen >= 4.5, "{accent}: {chosen}");
    }
}

#[test]
fn a_page_of_its_own_leaves_the_host_settings_alone_and_reads_the_rest() {
    let query = "?parentOrigin=nonsense&id=bad%20id&lms=maybe&form=full&theme=dark&storage=session&lang=fr&accent=zz";
    let (own, warnings) = parse_own_page(query);
    assert_eq!(own.parent_origins, Vec::<String>::new());
    assert_eq!(own.id, None);
    assert_eq!(own.form, Some(Form::Full));
    assert_eq!(own.theme, Theme::Dark);
    assert_eq!(own.storage, StorageChoice::Session);
    assert_eq!(own.lang, Some(Lang::Fr));
    // Only the settings it reads are checked: the bad accent, not the host's three.
    assert_eq!(warned(&warnings), ["accent"]);
    // The full reading warns about all four.
    let (_, warnings) = parse(query);
    assert_eq!(warned(&warnings), ["parentOrigin", "id", "lms", "accent"]);
}
