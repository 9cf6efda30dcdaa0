#![cfg(not(target_arch = "wasm32"))]
//! Before and after: an earlier result code beside the results now, with every change of 10
//! points or more in the shown scores (rounded to 5) checked against hand-computed values, and the
//! document's overlay and table.

mod common;
use common::{assert_balanced, bank, run, texts};

use radar_core::bank::{Form, Keying, Pole};
use radar_core::before_after::{code_of, BeforeAfter, Change};
use radar_core::flow::Session;
use radar_core::responses::Answer;
use radar_core::result_code::{encode, CodeError};

/// A finished full-form run with every statement "Sometimes" (3): every pole 50.
fn middle() -> Session {
    let mut s = run(Form::Full, true).last().unwrap().clone();
    for &item in &s.sequence.clone() {
        s.responses.answers[item] = Some(Answer::Scale(3));
    }
    s
}

/// Moves the first `k` statements of a pole one step towards the pole (5 on a positive statement,
/// 1 on a reverse-keyed one), each worth 100 / 4 / 3 = 8.33 points on the full form.
fn raise(s: &mut Session, dimension: &str, pole: Pole, k: usize, steps: u8) {
    let b = bank();
    let d = b.dimensions.iter().position(|d| d.id == dimension).unwrap();
    let items: Vec<usize> = (0..b.items.len())
        .filter(|&i| b.items[i].dimension == d && b.items[i].pole == pole)
        .take(k)
        .collect();
    assert_eq!(items.len(), k);
    for item in items {
        s.responses.answers[item] = Some(Answer::Scale(match b.items[item].keying {
            Keying::Positive => 3 + steps,
            Keying::Reverse => 3 - steps,
        }));
    }
}

fn index(dimension: &str) -> usize {
    bank()
        .dimensions
        .iter()
        .position(|d| d.id == dimension)
        .unwrap()
}

/// Then: everything 50, but Decisions' leading side one step up (58.3, shown 60).
/// Now, by hand:
/// - Direction, leading: all three statements two steps up, 100 (+50, listed);
/// - Change, managing: one statement one step up, 58.3, shown 60 (+10, listed: the page shows 50
///   then 60, though the raw change is 8.3);
/// - People system, leading: one statement one step down, 41.7, shown 40 (−10, listed);
/// - Decisions, leading: two statements one step up, 66.7, shown 65 (+5 from 60: not listed);
/// - Motivation, managing: three statements one step up, 75 (+25, listed).
#[test]
fn changes_of_ten_points_or_more_by_hand() {
    let b = bank();
    let mut then = middle();
    raise(&mut then, "decisions", Pole::Lead, 1, 1);
    let mut now = middle();
    raise(&mut now, "direction", Pole::Lead, 3, 2);
    raise(&mut now, "change", Pole::Manage, 1, 1);
    {
        // One step down: a positive statement to 2, a reverse-keyed one to 4.
        let d = index("people");
        let item = (0..b.items.len())
            .find(|&i| b.items[i].dimension == d && b.items[i].pole == Pole::Lead)
            .unwrap();
        now.responses.answers[item] = Some(Answer::Scale(match b.items[item].keying {
            Keying::Positive => 2,
            Keying::Reverse => 4,
        }));
    }
    raise(&mut now, "decisions", Pole::Lead, 2, 1);
    raise(&mut now, "motivation", Pole::Manage, 3, 1);
    let code = encode(b, &then).unwrap();
    let compared = BeforeAfter::new(b, &code, &now).unwrap();
    let change = |dimension: &str, pole: Pole, then: i32, now: i32| Change {
        dimension: index(dimension),
        pole,
        then,
        now,
    };
    assert_eq!(
        compared.changes(),
        vec![
            change("direction", Pole::Lead, 50, 100),
            change("motivation", Pole::Manage, 50, 75),
            change("change", Pole::Manage, 50, 60),
            change("people", Pole::Lead, 50, 40),
        ]
    );
    assert_eq!(
        compared
            .changes()
            .iter()
            .map(Change::points)
            .collect::<Vec<_>>(),
        vec![50, 25, 10, -10]
    );
    // The same code as a result link, with white space around it.
    let link = format!("  https://quiz.example.org/app/#r={code}\n");
    assert_eq!(BeforeAfter::new(b, &link, &now), Ok(compared.clone()));
    // Against itself, nothing moved.
    assert!(BeforeAfter::new(b, &code, &then)
        .unwrap()
        .changes()
        .is_empty());

    let t = texts();
    let html = compared.document(&t);
    assert_balanced(&html);
    for series in ["then-lead", "now-lead", "then-manage", "now-manage"] {
        assert!(
            html.contains(&format!("data-series=\"{series}\"")),
            "{series}"
        );
    }
    assert_eq!(html.matches("<tr data-change-dimension=").count(), 4);
    assert!(html.contains(
        "data-change-dimension=\"direction\" data-change-pole=\"lead\" data-change=\"50\"><th scope=\"row\">Direction, Vision &amp; Purpose</th><td>50</td><td>100</td><td><bdi dir=\"ltr\">+50</bdi></td>"
    ));
    assert!(html.contains("data-change=\"-10\""));
    assert!(html.contains("\u{2212}10"));
    assert!(html.contains("Every side that moved by 10 points or more"));
    let same = BeforeAfter::new(b, &code, &then).unwrap().document(&t);
    assert!(same.contains("No side moved by 10 points or more.") && !same.contains("<table"));
}

#[test]
fn an_earlier_code_that_cannot_be_read_is_refused_with_the_reason() {
    let b = bank();
    let now = middle();
    assert_eq!(BeforeAfter::new(b, "", &now), Err(CodeError::Empty));
    assert_eq!(
        BeforeAfter::new(b, "hello", &now),
        Err(CodeError::Unrecognised)
    );
    assert_eq!(
        BeforeAfter::new(b, "R9AAAA", &now),
        Err(CodeError::FutureVersion(9))
    );
    let code = encode(b, &now).unwrap();
    assert_eq!(
        BeforeAfter::new(b, &code[..code.len() - 3], &now),
        Err(CodeError::Damaged)
    );
    // A colleague's rater code is not the person's own.
    let mut answers = vec![None; b.items.len()];
    for item in b.sequence(Form::Short) {
        answers[item] = Some(Answer::Scale(3));
    }
    let rater = radar_core::result_code::encode_observer(b, Form::Short, 7, 1, &answers).unwrap();
    assert_eq!(BeforeAfter::new(b, &rater, &now), Err(CodeError::RaterCode));
    // Pasted text is bounded before the decoder sees it, on a character boundary.
    let long = "é".repeat(10_000);
    assert!(code_of(&long).len() <= 202);
    assert_eq!(
        BeforeAfter::new(b, &long, &now),
        Err(CodeError::Unrecognised)
    );
}
