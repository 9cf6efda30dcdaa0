#![cfg(not(target_arch = "wasm32"))]
//! The check-in reminder's `.ics` file, parsed back as a calendar would: CRLF line endings, lines of
//! at most 75 octets folded without splitting a character, the required properties, an all-day
//! DATE, and TEXT values that unescape to what was given.

mod common;
use common::Rng;

use radar_core::calendar::{escape_text, fold, ics, Date, Reminder, ReminderError, Stamp};

const LINK: &str = "https://quiz.example.org/app/?lang=ar#retake=R2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/// The content lines of a file: each physical line checked (CRLF, at most 75 octets), then unfolded.
fn unfold(file: &str) -> Vec<String> {
    assert!(file.ends_with("\r\n"), "ends with CRLF");
    let physical: Vec<&str> = file.strip_suffix("\r\n").unwrap().split("\r\n").collect();
    let mut lines: Vec<String> = Vec::new();
    for line in physical {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "a bare line break: {line:?}"
        );
        match line.strip_prefix(' ') {
            Some(rest) => lines
                .last_mut()
                .expect("a continuation follows a line")
                .push_str(rest),
            None => lines.push(line.to_string()),
        }
    }
    lines
}

/// A TEXT value unescaped.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other @ ('\\' | ';' | ',')) => out.push(other),
                other => panic!("a bad escape: \\{other:?}"),
            }
        } else {
            assert!(c != ';' && c != ',', "an unescaped {c} in {value}");
            out.push(c);
        }
    }
    out
}

/// The value of property `name` (with any parameters), once.
fn property<'a>(lines: &'a [String], name: &str) -> &'a str {
    let found: Vec<&String> = lines
        .iter()
        .filter(|l| l.starts_with(&format!("{name}:")) || l.starts_with(&format!("{name};")))
        .collect();
    assert_eq!(found.len(), 1, "{name} once in {lines:?}");
    found[0].split_once(':').unwrap().1
}

fn reminder<'a>(summary: &'a str, description: &'a str, link: &'a str) -> Reminder<'a> {
    Reminder {
        date: Date::parse("2027-03-15").unwrap(),
        made: Stamp::parse("2026-12-08T09:05:07.123Z").unwrap(),
        summary,
        description,
        link,
    }
}

#[test]
fn a_reminder_is_a_valid_all_day_event_with_the_link() {
    let description =
        "Retake the assessment; compare before, after, and the plan.\nA \\ backslash.";
    let file = ics(&reminder("Leadership Radar: check-in", description, LINK)).unwrap();
    let lines = unfold(&file);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert_eq!(property(&lines, "VERSION"), "2.0");
    assert!(!property(&lines, "PRODID").is_empty());
    let begin = lines.iter().position(|l| l == "BEGIN:VEVENT").unwrap();
    let end = lines.iter().position(|l| l == "END:VEVENT").unwrap();
    assert!(begin < end);
    let event = &lines[begin..=end];
    assert_eq!(
        property(event, "UID"),
        "checkin-20270315-20261208T090507Z@leadership-radar.invalid"
    );
    assert_eq!(property(event, "DTSTAMP"), "20261208T090507Z");
    assert!(event.contains(&"DTSTART;VALUE=DATE:20270315".to_string()));
    assert_eq!(
        unescape(property(event, "SUMMARY")),
        "Leadership Radar: check-in"
    );
    assert_eq!(
        unescape(property(event, "DESCRIPTION")),
        format!("{description}\n{LINK}")
    );
    assert_eq!(property(event, "URL"), LINK);
    // The long link was folded, and unfolds whole.
    assert!(file.contains("\r\n "));
}

#[test]
fn folding_never_splits_a_character_and_escaping_round_trips() {
    let arabic = "تذكير: أعد التقييم، وقارن قبل وبعد؛ ثم راجع خطتك. ".repeat(6);
    let file = ics(&reminder(&arabic, &arabic, LINK)).unwrap();
    let lines = unfold(&file);
    assert_eq!(unescape(property(&lines, "SUMMARY")), arabic.trim());
    // Random texts of one- to four-byte characters and the special ones.
    let pieces = [
        "a", ";", ",", "\\", "\n", "é", "€", "😀", "ش", " ", ":", "\"", "\r",
    ];
    let mut rng = Rng(0x0001_c5ca);
    for _ in 0..2_000 {
        let text: String = (0..rng.below(300))
            .map(|_| pieces[rng.below(pieces.len())])
            .collect();
        let line = format!("DESCRIPTION:{}", escape_text(&text));
        let folded = fold(&line);
        let unfolded = unfold(&folded);
        assert_eq!(unfolded, vec![line.clone()]);
        assert_eq!(
            unescape(line.strip_prefix("DESCRIPTION:").unwrap()),
            text.replace('\r', "")
        );
    }
}

#[test]
fn dates_stamps_links_and_texts_are_checked() {
    assert_eq!(
        Date::parse("2028-02-29").map(|d| d.iso()),
        Some("2028-02-29".into())
    );
    for bad in [
        "2027-02-29",
        "2100-02-29",
        "2027-13-01",
        "2027-00-10",
        "2027-04-31",
        "1999-12-31",
        "3000-01-01",
        "2027-3-15",
        "2027/03/15",
        "+027-03-15",
        "2027-03-1x",
        "",
        "2027-03-15T",
        "٢٠٢٧-03-15",
    ] {
        assert_eq!(Date::parse(bad), None, "{bad}");
    }
    assert!(Stamp::parse("2026-12-08T23:59:59Z").is_some());
    for bad in [
        "2026-12-08T24:00:00Z",
        "2026-12-08T09:60:00Z",
        "2026-12-08 09:00:00Z",
        "2026-12-08T09:00:00",
        "2026-12-08T09:00:00.Z",
        "2026-12-08T9:00:00Z",
        "2026-12-08T09:00Z",
        "",
    ] {
        assert_eq!(Stamp::parse(bad), None, "{bad}");
    }
    let long = format!("https://a.example/#{}", "x".repeat(2_000));
    for link in [
        "javascript:alert(1)",
        "https://a.example/ b",
        "https://a.example/\r\nX:1",
        "",
        &long,
    ] {
        assert_eq!(
            ics(&reminder("S", "D", link)),
            Err(ReminderError::BadLink),
            "{link}"
        );
    }
    let huge = "x".repeat(2_001);
    for (summary, description) in [("", "D"), ("S", "  "), (huge.as_str(), "D")] {
        assert_eq!(
            ics(&reminder(summary, description, LINK)),
            Err(ReminderError::BadText)
        );
    }
}
