#![cfg(not(target_arch = "wasm32"))]
//! The team view: codes found in any text, hand-computed averages and ranges, duplicates counted
//! once, refused codes listed with the reason, the CSV table and the document.

mod common;
use common::{assert_balanced, bank, run, Rng};

use radar_core::bank::{Form, Keying};
use radar_core::flow::Session;
use radar_core::responses::Answer;
use radar_core::result_code::{encode, CodeError};
use std::time::{Duration, Instant};

use radar_core::team::{capped, distinct_codes, find_codes, Team, MAX_CODES, MAX_TEXT};

/// The short form with every statement answered `value`, scenarios skipped, as a code.
fn all_answered(value: u8) -> String {
    let b = bank();
    let mut s: Session = run(Form::Short, false).last().unwrap().clone();
    for &item in &s.sequence.clone() {
        s.responses.answers[item] = Some(Answer::Scale(value));
    }
    encode(b, &s).unwrap()
}

/// A pole's score when every answer is `value`: 100 (v - 1) / 4, reversed items giving 6 - v.
fn pole_score(value: u8, keying: Keying) -> f64 {
    let v = match keying {
        Keying::Positive => f64::from(value),
        Keying::Reverse => 6.0 - f64::from(value),
    };
    100.0 * (v - 1.0) / 4.0
}

#[test]
fn codes_are_found_in_pasted_text_links_and_json() {
    let code = all_answered(4);
    let text = format!(
        "{code}\nhttps://quiz.example.org/#r={code}, {{\"resultCode\":\"{code}\"}}; Rarely R2D2 r1abc"
    );
    assert_eq!(find_codes(&text), vec![code.as_str(), &code, &code, "R2D2"]);
    assert!(find_codes("").is_empty());
    assert!(find_codes("Results, Rapid R1 R").is_empty());
}

#[test]
fn five_members_averages_and_ranges_by_hand() {
    let b = bank();
    let codes: Vec<String> = (1..=5).map(all_answered).collect();
    // Pasted with a duplicate and a damaged code.
    let mut text = codes.join("\n");
    text.push_str(&format!("\n{}\nR1AAAAAAAA\n", codes[2]));
    let team = Team::from_text(b, &text);
    assert_eq!(team.members.len(), 5);
    assert_eq!(team.duplicates, 1);
    assert_eq!(team.rejected.len(), 1);
    assert_eq!(team.rejected[0].error, CodeError::Damaged);
    let short = b.sequence(Form::Short);
    for (d, _) in b.dimensions.iter().enumerate() {
        for lead in [true, false] {
            let item = short
                .iter()
                .map(|&i| &b.items[i])
                .find(|it| it.dimension == d && (it.pole == radar_core::bank::Pole::Lead) == lead)
                .unwrap();
            let scores: Vec<f64> = (1..=5).map(|v| pole_score(v, item.keying)).collect();
            let spread = team.pole(d, lead);
            assert_eq!(spread.n, 5);
            // Answers 1..5 give 0, 25, 50, 75, 100 in some order: mean 50, range 0 to 100.
            assert_eq!(spread.mean, Some(scores.iter().sum::<f64>() / 5.0));
            assert_eq!(spread.mean, Some(50.0));
            assert_eq!((spread.min, spread.max), (Some(0.0), Some(100.0)));
        }
    }
    let csv = team.csv(&common::texts());
    let rows: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(rows[0], "Measure,Side,Members,Mean,Minimum,Maximum");
    assert_eq!(rows.len(), 1 + 16 + 3 + 4);
    assert!(rows[1].ends_with(",5,50,0,100"), "{}", rows[1]);
    assert_eq!(
        rows[17].split(',').nth(2),
        Some("5"),
        "leadership index over 5 members"
    );
    assert_eq!(
        rows[19], "Situational agility,,0,,,",
        "nobody took the scenarios"
    );
    let archetype_total: usize = rows[20..]
        .iter()
        .map(|r| r.split(',').nth(2).unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(archetype_total, 5);
    let doc = team.document(&common::texts());
    assert_balanced(&doc);
    assert!(doc.contains("data-members=\"5\""));
    assert!(doc.contains("data-rejected=\"true\""));
    assert!(doc.contains("Codes that appeared more than once, counted once: 1."));
    assert_eq!(doc.matches("data-band=").count(), 2);
    assert!(doc.contains("data-mean=\"50\" data-min=\"0\" data-max=\"100\""));
}

#[test]
fn an_empty_paste_shows_no_team() {
    let team = Team::from_text(bank(), "nothing here");
    assert!(team.members.is_empty());
    let doc = team.document(&common::texts());
    assert!(doc.contains("data-members=\"0\""));
    assert!(!doc.contains("<svg"));
}

#[test]
fn at_most_max_codes_are_read() {
    let b = bank();
    // Distinct codes: vary one answer of the first item across members... 500 would need many
    // distinct sessions; distinct damaged codes stand in (each is read, refused and counted).
    let text: String = (0..MAX_CODES + 7).map(|i| format!("R1{i:08} ")).collect();
    let team = Team::from_text(b, &text);
    assert_eq!(team.rejected.len(), MAX_CODES);
    assert_eq!(team.ignored, 7);
    assert!(team
        .document(&common::texts())
        .contains("codes not read: 7."));
}

#[test]
fn repeats_past_the_cap_count_as_duplicates_not_as_unread() {
    // 501 distinct codes, the last pasted three times: one code not read, two repeats.
    let mut text: String = (0..=MAX_CODES).map(|i| format!("R1{i:08} ")).collect();
    text.push_str(&format!("R1{MAX_CODES:08} R1{MAX_CODES:08}"));
    let found = distinct_codes(&text);
    assert_eq!(found.codes.len(), MAX_CODES);
    assert_eq!((found.duplicates, found.ignored), (2, 1));
}

#[test]
fn a_huge_text_is_cut_quickly_and_the_page_says_so() {
    // 20 MB of distinct junk codes with U+202E between them: only the first MAX_TEXT bytes are read.
    let text: String = (0..1_600_000)
        .map(|i| format!("R1{i:08}\u{202E}"))
        .collect();
    assert!(text.len() > 20_000_000);
    let start = Instant::now();
    let team = Team::from_text(bank(), &text);
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    assert!(team.cut);
    assert_eq!(team.rejected.len(), MAX_CODES);
    // Never more unread codes than the capped text can hold.
    assert!(team.ignored < MAX_TEXT / 11, "{}", team.ignored);
    let doc = team.document(&common::texts());
    assert!(doc.contains("data-cut=\"true\""));
    assert!(doc.contains("what came after it was not read"));
    // A short text is not cut, and says nothing of it.
    let team = Team::from_text(bank(), &all_answered(3));
    assert!(!team.cut);
    assert!(!team.document(&common::texts()).contains("data-cut"));
}

#[test]
fn the_cap_never_splits_a_character_or_a_code() {
    let code = all_answered(2);
    for pad in 0..8 {
        let text = format!(
            "{}\u{200F}{code}\n",
            "é".repeat((MAX_TEXT - code.len()) / 2 - pad)
        );
        let (head, cut) = capped(&text);
        assert!(text.starts_with(head) && head.len() <= MAX_TEXT);
        assert_eq!(cut, text.len() >= MAX_TEXT);
        let found = find_codes(head);
        assert!(
            found.is_empty() || found == vec![code.as_str()],
            "{pad}: {found:?}"
        );
    }
}

/// Characters that cannot be part of a code, bidi and zero-width controls among them.
const SEPARATORS: [char; 16] = [
    ' ',
    '\n',
    '\t',
    ',',
    ';',
    '"',
    '=',
    '#',
    '/',
    '\u{200B}',
    '\u{200F}',
    '\u{202E}',
    '\u{2066}',
    '\u{FEFF}',
    '\u{00A0}',
    '\u{1F600}',
];

/// A random separator run of one to four characters.
fn separator(rng: &mut Rng) -> String {
    (0..=rng.below(4))
        .map(|_| SEPARATORS[rng.below(SEPARATORS.len())])
        .collect()
}

#[test]
fn random_texts_give_back_every_embedded_code() {
    let real: Vec<String> = (1..=5).map(all_answered).collect();
    let mut rng = Rng(0x5EED_C0DE);
    let start = Instant::now();
    for _ in 0..2_000 {
        let mut text = separator(&mut rng);
        let mut embedded = Vec::new();
        for _ in 0..rng.below(40) {
            if rng.below(3) == 0 {
                let code = &real[rng.below(real.len())];
                embedded.push(code.as_str());
                text.push_str(code);
            } else {
                // Words that are not codes: lower case, or an R not followed by a digit.
                let word: String = (0..1 + rng.below(12))
                    .map(|_| char::from(b'a' + rng.below(26) as u8))
                    .collect();
                text.push_str(if rng.below(4) == 0 { "Rx" } else { "" });
                text.push_str(&word);
            }
            text.push_str(&separator(&mut rng));
        }
        assert_eq!(find_codes(&text), embedded, "{text:?}");
        let found = distinct_codes(&text);
        let mut distinct = embedded.clone();
        let mut seen = std::collections::HashSet::new();
        distinct.retain(|c| seen.insert(*c));
        assert_eq!(found.codes, distinct);
        assert_eq!(found.duplicates, embedded.len() - distinct.len());
        assert_eq!((found.ignored, found.cut), (0, false));
    }
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn random_unicode_never_panics_and_stays_bounded() {
    let mut rng = Rng(0xB1D1_0000_0042);
    let start = Instant::now();
    for round in 0..300 {
        let len = if round % 50 == 0 {
            MAX_TEXT + rng.below(4 * MAX_TEXT)
        } else {
            rng.below(400)
        };
        let text: String = (0..len)
            .map(|_| match rng.below(4) {
                0 => SEPARATORS[rng.below(SEPARATORS.len())],
                1 => char::from(b'0' + rng.below(10) as u8),
                2 => ['R', '-', '_', 'r'][rng.below(4)],
                _ => char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{FFFD}'),
            })
            .collect();
        let (head, cut) = capped(&text);
        assert!(text.starts_with(head) && head.len() <= MAX_TEXT);
        assert_eq!(cut, text.len() >= MAX_TEXT);
        let found = distinct_codes(&text);
        assert!(found.codes.len() <= MAX_CODES);
        assert!(found
            .codes
            .iter()
            .all(|c| c.starts_with('R') && c.len() >= 4));
        let _ = Team::from_text(bank(), &text);
    }
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn the_form_mix_and_agility_are_shown_and_mixed_forms_labelled() {
    let b = bank();
    let full = run(Form::Full, true).last().unwrap().clone();
    let full = encode(b, &full).unwrap();
    let t = common::texts();
    // Short forms alone: no mixing note, and no agility (the scenarios were skipped).
    let team = Team::from_text(b, &format!("{} {}", all_answered(2), all_answered(4)));
    assert_eq!(team.forms(), (2, 0));
    let doc = team.document(&t);
    assert!(doc.contains("data-short=\"2\" data-full=\"0\""));
    assert!(doc.contains("Forms in this team view: short 2, full 0."));
    assert!(!doc.contains("data-forms=\"mixed\""));
    assert!(doc.contains("No one in this team view took the scenarios"));
    // A full form with the scenarios beside a short one: labelled where they are averaged.
    let team = Team::from_text(b, &format!("{} {full}", all_answered(2)));
    assert_eq!(team.forms(), (1, 1));
    let doc = team.document(&t);
    assert_eq!(
        doc.matches("Short and full forms are averaged together")
            .count(),
        3
    );
    let agility = team.agility();
    assert_eq!(agility.n, 1);
    assert!(doc.contains("data-agility-n=\"1\""));
    assert!(doc.contains(&format!(
        "among those who took the scenarios (1): average {}",
        agility.mean.unwrap().round()
    )));
    assert_balanced(&doc);
}

#[test]
fn the_team_map_has_one_anonymous_dot_per_person() {
    use radar_core::team_map::{map_dots, strip_dots};
    let b = bank();
    let codes: Vec<String> = [4, 2, 5].into_iter().map(all_answered).collect();
    let team = Team::from_text(b, &codes.join("\n"));
    // Two people with the same scores (two codes for one answer pattern are one code, so a copy).
    let mut members = team.members.clone();
    members.push(members[0].clone());
    let dots = map_dots(&members);
    assert_eq!(dots.len(), 4);
    // Sorted by score, not by the order pasted; the two equal people drawn apart, both kept.
    let values: Vec<(f64, f64)> = dots.iter().map(|d| (d.leadership, d.management)).collect();
    let mut expected: Vec<(f64, f64)> = members
        .iter()
        .map(|m| (m.leadership.unwrap(), m.management.unwrap()))
        .collect();
    expected.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    assert_eq!(values, expected);
    for dot in &dots {
        assert!((0.0..=100.0).contains(&dot.x) && (0.0..=100.0).contains(&dot.y));
        assert!((dot.x - dot.leadership).abs() < 5.0);
        assert!((dot.y - (100.0 - dot.management)).abs() < 5.0);
    }
    let equal: Vec<_> = dots
        .iter()
        .filter(|d| d.leadership == dots[1].leadership)
        .collect();
    assert!(equal.len() >= 2 && (equal[0].x, equal[0].y) != (equal[1].x, equal[1].y));
    assert_eq!(
        strip_dots([Some(50.0), None, Some(25.0), Some(50.0)].into_iter()),
        vec![(25.0, 0), (50.0, 0), (50.0, 1)]
    );
    let doc = team.document(&common::texts());
    assert_balanced(&doc);
    assert_eq!(
        doc.matches("<circle class=\"team-dot\" r=\"2.2\"").count(),
        3
    );
    // One strip per pole, a dot per person on each.
    assert_eq!(doc.matches("<li class=\"team-strip ").count(), 16);
    assert_eq!(doc.matches("r=\"2\" cx").count(), 16 * 3);
    for name in [
        "Leading and Managing",
        "Vision Without Traction",
        "Steady Operation",
        "Foundations in Progress",
    ] {
        assert!(doc.contains(&format!("\">{name}</text>")), "{name}");
    }
    // No code anywhere in the document.
    for code in &codes {
        assert!(!doc.contains(code.as_str()));
    }
}
