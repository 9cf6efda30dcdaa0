#![cfg(not(target_arch = "wasm32"))]
//! Response quality on worked examples: the same answer everywhere, and a pole whose habit and
//! mirrored failure mode point two ways; never anything that blocks a result.

mod common;
use common::bank;

use radar_core::bank::{Bank, Form, Keying, Pole};
use radar_core::quality::{check, Quality};
use radar_core::responses::{Answer, Responses};
use radar_core::scoring::PoleRef;

/// Answers every item of `form` with `answer(item)`.
fn answered(b: &Bank, form: Form, answer: impl Fn(&radar_core::bank::Item) -> Answer) -> Responses {
    let mut responses = Responses::empty(b);
    for (slot, item) in responses.answers.iter_mut().zip(b.items) {
        if form == Form::Full || item.short {
            *slot = Some(answer(item));
        }
    }
    responses
}

fn side(b: &Bank, dimension: &str, pole: Pole) -> PoleRef {
    PoleRef {
        dimension: b.dimensions.iter().position(|d| d.id == dimension).unwrap(),
        pole,
    }
}

#[test]
fn every_statement_often_is_the_same_answer_everywhere_but_nothing_contradicts() {
    let b = bank();
    // The short form: one positive statement per pole, so nothing can point two ways.
    let short = check(b, &answered(b, Form::Short, |_| Answer::Scale(4)));
    assert_eq!(
        short,
        Quality {
            same_answer: Some(4),
            contradictions: vec![]
        }
    );
    // The full form, all "Sometimes": the habit (3) and the mirrored failure mode (6 - 3) agree.
    let full = check(b, &answered(b, Form::Full, |_| Answer::Scale(3)));
    assert_eq!(full.same_answer, Some(3));
    assert!(full.contradictions.is_empty());
}

#[test]
fn always_to_every_statement_points_two_ways_on_every_side() {
    // "Always" to each habit and to its failure mode: 5 against 6 - 5 = 1, four steps apart.
    let b = bank();
    let quality = check(b, &answered(b, Form::Full, |_| Answer::Scale(5)));
    assert_eq!(quality.same_answer, Some(5));
    assert_eq!(quality.contradictions.len(), 16);
    assert_eq!(quality.contradictions[0], side(b, "direction", Pole::Lead));
    assert_eq!(
        quality.contradictions[1],
        side(b, "direction", Pole::Manage)
    );
}

#[test]
fn a_consistent_full_run_is_clean() {
    // "Always" to the habits, "Never" to the failure modes: every pole agrees with itself.
    let b = bank();
    let quality = check(
        b,
        &answered(b, Form::Full, |item| match item.keying {
            Keying::Positive => Answer::Scale(5),
            Keying::Reverse => Answer::Scale(1),
        }),
    );
    assert!(quality.is_clean(), "{quality:?}");
}

#[test]
fn one_pole_three_steps_apart_is_named_and_two_steps_is_not() {
    let b = bank();
    let run = |reverse: u8| {
        check(
            b,
            &answered(b, Form::Full, |item| {
                match (b.dimensions[item.dimension].id, item.pole, item.keying) {
                    // Goals & Plans: "Often" to both habits, `reverse` to the failure mode.
                    ("direction", Pole::Manage, Keying::Reverse) => Answer::Scale(reverse),
                    (_, _, Keying::Positive) => Answer::Scale(4),
                    (_, _, Keying::Reverse) => Answer::Scale(2),
                }
            }),
        )
    };
    // 4 against 6 - 5 = 1: three steps.
    let three = run(5);
    assert_eq!(three.same_answer, None);
    assert_eq!(three.contradictions, [side(b, "direction", Pole::Manage)]);
    // 4 against 6 - 4 = 2: two steps, within what honest answers do.
    assert!(run(4).is_clean());
}

#[test]
fn few_answers_and_no_opportunity_say_nothing() {
    let b = bank();
    // Seven answers, all the same: too few to mean anything.
    let mut responses = Responses::empty(b);
    for slot in responses.answers.iter_mut().take(7) {
        *slot = Some(Answer::Scale(2));
    }
    assert!(check(b, &responses).is_clean());
    // "No opportunity" is not an answer on the scale: the rest, all "Often", still count (20 in
    // the full form; in the short form only 7 would be left, too few).
    let quality = check(
        b,
        &answered(b, Form::Full, |item| {
            if item.no_opportunity {
                Answer::NoOpportunity
            } else {
                Answer::Scale(4)
            }
        }),
    );
    assert_eq!(quality.same_answer, Some(4));
}
