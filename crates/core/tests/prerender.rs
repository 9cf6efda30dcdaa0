#![cfg(not(target_arch = "wasm32"))]
//! The pre-rendered first screens' marks, parsed into flow actions and replayed on a fresh session.

mod common;
use common::{bank, Rng};

use radar_core::bank::Form;
use radar_core::flow::{Action, Opening, Screen, Session};
use radar_core::prerender::{replay, session, Focus, Marks};
use radar_core::responses::Answer;

/// Marks of a start and an answered check (a click, a number key).
fn marks<'a>(started: Option<&'a str>, checked: Option<&'a str>) -> Marks<'a> {
    Marks {
        started,
        checked,
        answered: true,
        focus: None,
    }
}

fn actions(marks: Marks<'_>) -> Vec<Action> {
    replay(marks).actions
}

fn focus(started: Option<&str>, checked: Option<&str>, focus: &str) -> Option<Focus> {
    replay(Marks {
        started,
        checked,
        answered: true,
        focus: Some(focus),
    })
    .focus
}

#[test]
fn no_start_means_no_actions_even_with_an_answer() {
    assert_eq!(actions(Marks::default()), vec![]);
    assert_eq!(actions(marks(None, Some("3"))), vec![]);
}

#[test]
fn a_start_and_an_answer_become_both_actions() {
    assert_eq!(
        actions(marks(Some("short"), None)),
        vec![Action::Start(Form::Short)]
    );
    assert_eq!(
        actions(marks(Some("full"), Some("5"))),
        vec![
            Action::Start(Form::Full),
            Action::Answer(0, Answer::Scale(5))
        ]
    );
    assert_eq!(
        actions(marks(Some("short"), Some("n"))),
        vec![
            Action::Start(Form::Short),
            Action::Answer(0, Answer::NoOpportunity)
        ]
    );
}

#[test]
fn marks_that_do_not_parse_are_dropped() {
    for bad in ["", "0", "6", "-1", "3 ", "three", "N", "255", "99999999999"] {
        assert_eq!(
            actions(marks(Some("short"), Some(bad))),
            vec![Action::Start(Form::Short)],
            "{bad:?}"
        );
    }
    for bad in ["", "Short", "long", "short "] {
        assert_eq!(actions(marks(Some(bad), Some("3"))), vec![], "{bad:?}");
    }
}

#[test]
fn the_replayed_session_is_the_one_the_clicks_would_give() {
    let replayed = session(
        bank(),
        Opening::Intro,
        &actions(marks(Some("full"), Some("4"))),
    );
    let clicked = Session::opening(bank(), Opening::Intro)
        .apply(bank(), Action::Start(Form::Full))
        .and_then(|s| s.apply(bank(), Action::Answer(0, Answer::Scale(4))))
        .expect("start and answer are accepted");
    assert_eq!(replayed, clicked);
    assert_eq!(replayed.screen, Screen::Item(1));
    assert_eq!(replayed.answer_at(0), Some(Answer::Scale(4)));
}

#[test]
fn no_actions_leave_the_opening_as_it_is() {
    assert_eq!(
        session(bank(), Opening::Intro, &[]),
        Session::opening(bank(), Opening::Intro)
    );
}

#[test]
fn an_answer_the_first_statement_does_not_offer_is_left_out() {
    for form in [Form::Short, Form::Full] {
        let started = Session::opening(bank(), Opening::Intro)
            .apply(bank(), Action::Start(form))
            .expect("start is accepted");
        let first = bank().items[started.sequence[0]].no_opportunity;
        let replayed = session(
            bank(),
            Opening::Intro,
            &actions(marks(Some(form.id()), Some("n"))),
        );
        if first {
            assert_eq!(replayed.answer_at(0), Some(Answer::NoOpportunity));
        } else {
            assert_eq!(replayed, started, "{form:?}");
        }
    }
}

#[test]
fn the_focus_stays_on_the_same_element_while_the_screen_is_the_same() {
    assert_eq!(
        focus(None, None, "4.2.7.3"),
        Some(Focus::Same(vec![4, 2, 7, 3]))
    );
    assert_eq!(
        focus(Some("short"), None, "4.2"),
        Some(Focus::Same(vec![4, 2]))
    );
    // An answer replayed moves to the next statement: its start takes the focus.
    assert_eq!(
        focus(Some("short"), Some("4"), "4.2.3"),
        Some(Focus::ScreenStart)
    );
    assert_eq!(replay(Marks::default()).focus, None);
}

#[test]
fn an_answer_moves_the_focus_on_even_without_a_focus_mark() {
    // The app moves the focus to the next screen after any answer, wherever it was.
    assert_eq!(
        replay(marks(Some("short"), Some("2"))).focus,
        Some(Focus::ScreenStart)
    );
    assert_eq!(replay(marks(Some("short"), None)).focus, None);
}

#[test]
fn an_arrow_key_selection_stays_on_the_statement() {
    let selected = replay(Marks {
        started: Some("short"),
        checked: Some("3"),
        answered: false,
        focus: Some("4.2.3.2.3.1"),
    });
    assert_eq!(
        selected.actions,
        vec![
            Action::Start(Form::Short),
            Action::Select(0, Answer::Scale(3))
        ]
    );
    assert_eq!(selected.focus, Some(Focus::Same(vec![4, 2, 3, 2, 3, 1])));
    let replayed = session(bank(), Opening::Intro, &selected.actions);
    assert_eq!(replayed.screen, Screen::Item(0));
    assert_eq!(replayed.answer_at(0), Some(Answer::Scale(3)));
}

#[test]
fn a_focus_path_is_a_selector_under_the_root() {
    assert_eq!(
        Focus::Same(vec![4, 2, 1]).selector("#app").as_deref(),
        Some("#app > :nth-child(4) > :nth-child(2) > :nth-child(1)")
    );
    assert_eq!(Focus::ScreenStart.selector("#app"), None);
}

#[test]
fn focus_paths_that_do_not_parse_are_dropped() {
    let deep = vec!["1"; 33].join(".");
    for bad in [
        "", "0", "1..2", "1.x", "-1", "1.2.", " 1", "1;2", "256", "1) *, #x", &deep,
    ] {
        assert_eq!(focus(None, None, bad), None, "{bad:?}");
    }
    assert!(focus(None, None, &vec!["1"; 32].join(".")).is_some());
}

/// A random mark: a piece of a real one, noise, or a long run, as a page could leave any text.
fn random_mark(rng: &mut Rng) -> String {
    const PIECES: [&str; 16] = [
        "short",
        "full",
        "1",
        "5",
        "n",
        "0",
        "6",
        "4.2.1",
        ".",
        "255",
        "256",
        "-1",
        " ",
        "é",
        "\u{0}",
        "99999999999999999999",
    ];
    // Half the time a single piece, so real marks come up often.
    let count = if rng.below(2) == 0 { 1 } else { rng.below(40) };
    (0..count)
        .map(|_| PIECES[rng.below(PIECES.len())])
        .collect()
}

/// 50,000 random marks: none panics; what is replayed is a start, then at most one answer or
/// selection the statement offers, and a focus path of at most 32 steps from 1 to 255, kept only
/// when nothing moved on.
#[test]
fn random_marks_never_panic_and_replay_only_what_they_may() {
    let b = bank();
    let mut rng = Rng(0x9e4e_11de);
    let (mut started, mut answered, mut focused) = (0, 0, 0);
    for _ in 0..50_000 {
        let texts: Vec<String> = (0..3).map(|_| random_mark(&mut rng)).collect();
        let pick = |rng: &mut Rng, i: usize| (rng.below(4) > 0).then_some(texts[i].as_str());
        let marks = Marks {
            started: pick(&mut rng, 0),
            checked: pick(&mut rng, 1),
            answered: rng.below(2) == 0,
            focus: pick(&mut rng, 2),
        };
        let replayed = replay(marks);
        match replayed.actions.as_slice() {
            [] => {}
            [Action::Start(_)] => started += 1,
            [Action::Start(_), Action::Answer(0, _) | Action::Select(0, _)] => answered += 1,
            other => panic!("{marks:?} replayed {other:?}"),
        }
        match &replayed.focus {
            Some(Focus::Same(path)) => {
                focused += 1;
                assert!(path.len() <= 32 && path.iter().all(|&n| n > 0), "{marks:?}");
                assert!(!replayed
                    .actions
                    .iter()
                    .any(|a| matches!(a, Action::Answer(..))));
            }
            Some(Focus::ScreenStart) => assert!(replayed
                .actions
                .iter()
                .any(|a| matches!(a, Action::Answer(..)))),
            None => {}
        }
        for opening in [Opening::Intro, Opening::Form(Form::Full)] {
            let s: Session = session(b, opening, &replayed.actions);
            assert!(s.answered() <= 1, "{marks:?}");
        }
    }
    assert!(
        started > 1_000 && answered > 100 && focused > 1_000,
        "{started} started, {answered} answered, {focused} focused"
    );
}
