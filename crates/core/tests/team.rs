#![cfg(not(target_arch = "wasm32"))]
//! The team view: codes found in any text, hand-computed averages and ranges, duplicates counted
//! once, refused codes listed with the reason, the CSV table and the document.

mod common;
use common::{assert_balanced, bank, run};

use radar_core::bank::{Form, Keying};
use radar_core::flow::Session;
use radar_core::responses::Answer;
use radar_core::result_code::{encode, CodeError};
use radar_core::team::{find_codes, Team, MAX_CODES};

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
