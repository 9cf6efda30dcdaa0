#![cfg(not(target_arch = "wasm32"))]
//! The quiz flow: `Session::apply` driven through whole runs and its refusals.

mod common;
use common::bank;

use radar_core::bank::Form;
use radar_core::flow::{Action, Opening, Scenarios, Screen, Session};
use radar_core::responses::{Answer, Pick, Responses};
use radar_core::scoring::score;

/// Applies an action that must be accepted.
fn step(session: &Session, action: Action) -> Session {
    session
        .apply(bank(), action)
        .unwrap_or_else(|| panic!("{action:?} refused on {:?}", session.screen))
}

/// Applies an action that must be refused.
fn refused(session: &Session, action: Action) {
    assert_eq!(
        session.apply(bank(), action),
        None,
        "{action:?} accepted on {:?}",
        session.screen
    );
}

/// The answer given to the item at `position` during a run: 1..5 cycling.
fn value(position: usize) -> u8 {
    (position % 5) as u8 + 1
}

/// Starts a form and answers every item, ending on the scenario intro.
fn answer_all(form: Form) -> Session {
    let mut s = step(&Session::new(bank()), Action::Start(form));
    let total = s.sequence.len();
    for p in 0..total {
        assert_eq!(s.screen, Screen::Item(p));
        assert_eq!(s.answered(), p);
        s = step(&s, Action::Answer(p, Answer::Scale(value(p))));
    }
    assert_eq!(s.screen, Screen::ScenarioIntro);
    s
}

/// Picks keyed best and worst for every scenario from the scenario intro, ending on the review.
fn take_scenarios(s: &Session) -> Session {
    let b = bank();
    let mut s = step(s, Action::StartScenarios);
    assert_eq!(s.scenarios, Scenarios::Taken);
    for i in 0..b.scenarios.len() {
        assert_eq!(s.screen, Screen::Scenario(i));
        refused(&s, Action::Next);
        let best = b.scenarios[i].best_option() as u8;
        let worst = b.scenarios[i].worst_option() as u8;
        s = step(&s, Action::PickBest(i, best));
        refused(&s, Action::Next);
        s = step(&s, Action::PickLeast(i, worst));
        assert!(s.can_advance());
        s = step(&s, Action::Next);
    }
    assert_eq!(s.screen, Screen::Review);
    s
}

#[test]
fn fresh_session() {
    let s = Session::new(bank());
    assert_eq!(s.screen, Screen::Intro);
    assert_eq!(s.form, Form::Short);
    assert_eq!(s.scenarios, Scenarios::Pending);
    assert_eq!(s.answered(), 0);
    assert_eq!(s.first_unanswered(), Some(0));
    assert!(!s.is_complete());
    assert!(!s.can_advance());
    refused(&s, Action::Next);
    refused(&s, Action::Back);
    refused(&s, Action::ShowResults);
    refused(&s, Action::Answer(0, Answer::Scale(3)));
    refused(&s, Action::StartScenarios);
}

#[test]
fn whole_short_run_skipping_scenarios() {
    let b = bank();
    let s = step(&Session::new(b), Action::Start(Form::Short));
    assert_eq!(s.form, Form::Short);
    assert_eq!(s.sequence.len(), 16);
    assert_eq!(s.sequence, b.sequence(Form::Short));
    assert_eq!(s.screen, Screen::Item(0));
    let s = answer_all(Form::Short);
    assert_eq!(s.answered(), 16);
    assert_eq!(s.first_unanswered(), None);
    assert!(!s.is_complete(), "scenarios still pending");
    refused(&s, Action::ShowResults);
    let s = step(&s, Action::SkipScenarios);
    assert_eq!(s.screen, Screen::Review);
    assert_eq!(s.scenarios, Scenarios::Skipped);
    assert!(s.is_complete());
    let s = step(&s, Action::ShowResults);
    assert_eq!(s.screen, Screen::Results);
    // The recorded answers are those given, at the right items.
    for (p, &i) in s.sequence.iter().enumerate() {
        assert_eq!(s.responses.answers[i], Some(Answer::Scale(value(p))));
        assert_eq!(s.answer_at(p), Some(Answer::Scale(value(p))));
    }
    let answered = s.responses.answers.iter().filter(|a| a.is_some()).count();
    assert_eq!(answered, 16, "no item outside the short form is touched");
    let report = score(b, s.form, &s.responses, s.scenarios == Scenarios::Taken);
    assert!(report.leadership.is_some() && report.management.is_some());
    assert_eq!(report.agility, None);
    // Nothing moves on from the results but review and restart.
    refused(&s, Action::Next);
    refused(&s, Action::Back);
    refused(&s, Action::ShowResults);
    assert_eq!(step(&s, Action::Review).screen, Screen::Review);
}

#[test]
fn whole_full_run_with_scenarios() {
    let b = bank();
    let s = answer_all(Form::Full);
    assert_eq!(s.sequence.len(), 48);
    refused(&s, Action::SkipScenarios);
    refused(&s, Action::Next);
    let s = take_scenarios(&s);
    assert!(s.is_complete());
    for (i, pick) in s.responses.picks.iter().enumerate() {
        assert_eq!(pick.best, Some(b.scenarios[i].best_option() as u8));
        assert_eq!(pick.least, Some(b.scenarios[i].worst_option() as u8));
    }
    let s = step(&s, Action::ShowResults);
    assert_eq!(s.screen, Screen::Results);
    let report = score(b, s.form, &s.responses, s.scenarios == Scenarios::Taken);
    let agility = report.agility.expect("scenarios taken");
    assert!((agility.score - 100.0).abs() < 1e-9);
    assert!(agility.switched_hats());
}

#[test]
fn next_on_review_shows_results_when_complete() {
    let s = take_scenarios(&answer_all(Form::Full));
    assert!(s.can_advance());
    assert_eq!(step(&s, Action::Next).screen, Screen::Results);
}

#[test]
fn next_is_refused_on_an_unanswered_item() {
    let s = step(&Session::new(bank()), Action::Start(Form::Full));
    assert!(!s.can_advance());
    refused(&s, Action::Next);
    let s = step(&s, Action::Answer(0, Answer::Scale(4)));
    assert_eq!(s.screen, Screen::Item(1));
    refused(&s, Action::Next);
    // Back to an answered item: Next is allowed there.
    let back = step(&s, Action::Back);
    assert_eq!(back.screen, Screen::Item(0));
    assert_eq!(step(&back, Action::Next).screen, Screen::Item(1));
}

#[test]
fn back_on_the_first_item_is_refused() {
    let s = step(&Session::new(bank()), Action::Start(Form::Short));
    refused(&s, Action::Back);
    let s = step(&s, Action::Answer(0, Answer::Scale(1)));
    let s = step(&s, Action::Answer(1, Answer::Scale(2)));
    let s = step(&s, Action::Back);
    assert_eq!(s.screen, Screen::Item(1));
    let s = step(&s, Action::Back);
    assert_eq!(s.screen, Screen::Item(0));
    refused(&s, Action::Back);
    // Going back keeps the answers.
    assert_eq!(s.answered(), 2);
}

#[test]
fn answer_with_a_stale_position_is_refused() {
    let mut s = step(&Session::new(bank()), Action::Start(Form::Short));
    for p in 0..3 {
        s = step(&s, Action::Answer(p, Answer::Scale(3)));
    }
    assert_eq!(s.screen, Screen::Item(3));
    refused(&s, Action::Answer(2, Answer::Scale(5)));
    refused(&s, Action::Answer(4, Answer::Scale(5)));
    refused(&s, Action::Select(2, Answer::Scale(5)));
    // Out-of-range answers are refused too.
    refused(&s, Action::Answer(3, Answer::Scale(0)));
    refused(&s, Action::Answer(3, Answer::Scale(6)));
    assert_eq!(s.answer_at(2), Some(Answer::Scale(3)));
}

#[test]
fn select_records_without_moving_on() {
    let s = step(&Session::new(bank()), Action::Start(Form::Short));
    let s = step(&s, Action::Select(0, Answer::Scale(2)));
    assert_eq!(s.screen, Screen::Item(0));
    assert_eq!(s.answer_at(0), Some(Answer::Scale(2)));
    // Selecting the same answer again changes nothing.
    refused(&s, Action::Select(0, Answer::Scale(2)));
    let s = step(&s, Action::Select(0, Answer::Scale(5)));
    assert_eq!(s.answer_at(0), Some(Answer::Scale(5)));
    assert_eq!(step(&s, Action::Next).screen, Screen::Item(1));
}

#[test]
fn no_opportunity_only_where_offered() {
    let b = bank();
    for form in [Form::Short, Form::Full] {
        let s = step(&Session::new(b), Action::Start(form));
        // An item that does not offer it refuses it.
        let without = s
            .sequence
            .iter()
            .position(|&i| !b.items[i].no_opportunity)
            .expect("every form has items anyone can rate");
        let mut at = s.clone();
        at.screen = Screen::Item(without);
        refused(&at, Action::Answer(without, Answer::NoOpportunity));
        refused(&at, Action::Select(without, Answer::NoOpportunity));
        // One that offers it takes it and moves on.
        let position = s
            .sequence
            .iter()
            .position(|&i| b.items[i].no_opportunity)
            .expect("every form has statements about situations");
        let mut at = s.clone();
        at.screen = Screen::Item(position);
        let after = step(&at, Action::Answer(position, Answer::NoOpportunity));
        assert_eq!(after.answer_at(position), Some(Answer::NoOpportunity));
        assert_eq!(after.screen, Screen::Item(position + 1));
    }
}

#[test]
fn skip_scenarios_only_in_the_short_form() {
    let full = answer_all(Form::Full);
    refused(&full, Action::SkipScenarios);
    let short = answer_all(Form::Short);
    assert_eq!(
        step(&short, Action::SkipScenarios).scenarios,
        Scenarios::Skipped
    );
    // Not from an item screen either.
    let s = step(&Session::new(bank()), Action::Start(Form::Short));
    refused(&s, Action::SkipScenarios);
}

#[test]
fn show_results_is_refused_while_incomplete() {
    let complete = take_scenarios(&answer_all(Form::Full));
    assert!(complete.apply(bank(), Action::ShowResults).is_some());
    // An unanswered item.
    let mut s = complete.clone();
    s.responses.answers[s.sequence[7]] = None;
    assert!(!s.is_complete());
    assert!(!s.can_advance());
    refused(&s, Action::ShowResults);
    refused(&s, Action::Next);
    // An incomplete scenario.
    let mut s = complete.clone();
    s.responses.picks[4].least = None;
    refused(&s, Action::ShowResults);
    // Not from a non-review screen.
    let mut s = complete.clone();
    s.screen = Screen::Item(0);
    refused(&s, Action::ShowResults);
    // A "No opportunity" answer counts as answered.
    let b = bank();
    let mut s = complete;
    let i = *s
        .sequence
        .iter()
        .find(|&&i| b.items[i].no_opportunity)
        .unwrap();
    s.responses.answers[i] = Some(Answer::NoOpportunity);
    assert!(s.is_complete());
}

#[test]
fn edit_item_from_review_returns_to_review() {
    let review = step(&answer_all(Form::Short), Action::SkipScenarios);
    refused(&review, Action::EditItem(16));
    let s = step(&review, Action::EditItem(5));
    assert_eq!(s.screen, Screen::Item(5));
    assert!(s.from_review);
    assert_eq!(s.answer_at(5), Some(Answer::Scale(value(5))));
    let s = step(&s, Action::Answer(5, Answer::Scale(1)));
    assert_eq!(s.screen, Screen::Review);
    assert!(!s.from_review);
    assert_eq!(s.answer_at(5), Some(Answer::Scale(1)));
    // Only that answer changed.
    for p in (0..16).filter(|&p| p != 5) {
        assert_eq!(s.answer_at(p), review.answer_at(p));
    }
    // Back from an edited item also returns to the review, keeping the old answer.
    let editing = step(&review, Action::EditItem(15));
    let back = step(&editing, Action::Back);
    assert_eq!(back.screen, Screen::Review);
    assert!(!back.from_review);
    assert_eq!(back, review);
    // Editing the last item does not detour through the scenario intro.
    let editing = step(&review, Action::EditItem(15));
    assert_eq!(
        step(&editing, Action::Answer(15, Answer::Scale(5))).screen,
        Screen::Review
    );
}

#[test]
fn edit_scenario_from_review_returns_to_review() {
    let b = bank();
    let review = take_scenarios(&answer_all(Form::Full));
    refused(&review, Action::EditScenario(b.scenarios.len()));
    let s = step(&review, Action::EditScenario(2));
    assert_eq!(s.screen, Screen::Scenario(2));
    assert!(s.from_review);
    let other = (b.scenarios[2].best_option() as u8 + 1) % 4;
    let other = if other == b.scenarios[2].worst_option() as u8 {
        (other + 1) % 4
    } else {
        other
    };
    let s = step(&s, Action::PickBest(2, other));
    assert_eq!(s.responses.picks[2].best, Some(other));
    let s = step(&s, Action::Next);
    assert_eq!(s.screen, Screen::Review);
    assert!(!s.from_review);
    // A skipped short form has no scenarios to edit.
    let skipped = step(&answer_all(Form::Short), Action::SkipScenarios);
    refused(&skipped, Action::EditScenario(0));
    // ...but can take them from the review.
    let s = step(&skipped, Action::StartScenarios);
    assert_eq!(s.screen, Screen::Scenario(0));
    assert_eq!(s.scenarios, Scenarios::Taken);
}

#[test]
fn picking_the_same_option_as_best_then_least_clears_best() {
    let s = step(&answer_all(Form::Short), Action::StartScenarios);
    let s = step(&s, Action::PickBest(0, 2));
    assert_eq!(
        s.responses.picks[0],
        Pick {
            best: Some(2),
            least: None
        }
    );
    let s = step(&s, Action::PickLeast(0, 2));
    assert_eq!(
        s.responses.picks[0],
        Pick {
            best: None,
            least: Some(2)
        }
    );
    refused(&s, Action::Next);
    // And the other way round.
    let s = step(&s, Action::PickBest(0, 2));
    assert_eq!(
        s.responses.picks[0],
        Pick {
            best: Some(2),
            least: None
        }
    );
    // Stale scenario index, invalid option and repeated pick are refused.
    refused(&s, Action::PickBest(1, 0));
    refused(&s, Action::PickLeast(0, 4));
    refused(&s, Action::PickBest(0, 2));
}

#[test]
fn back_through_scenarios_and_intro() {
    let intro = answer_all(Form::Short);
    let last = step(&intro, Action::Back);
    assert_eq!(last.screen, Screen::Item(15));
    let s = step(&intro, Action::StartScenarios);
    let s = step(&s, Action::PickBest(0, 0));
    let s = step(&s, Action::PickLeast(0, 3));
    let s = step(&s, Action::Next);
    assert_eq!(s.screen, Screen::Scenario(1));
    let s = step(&s, Action::Back);
    assert_eq!(s.screen, Screen::Scenario(0));
    let s = step(&s, Action::Back);
    assert_eq!(s.screen, Screen::ScenarioIntro);
    // The picks survive going back.
    assert_eq!(
        s.responses.picks[0],
        Pick {
            best: Some(0),
            least: Some(3)
        }
    );
}

#[test]
fn restart_returns_to_intro_with_no_answers() {
    let b = bank();
    let results = step(
        &take_scenarios(&answer_all(Form::Full)),
        Action::ShowResults,
    );
    let s = step(&results, Action::Restart);
    assert_eq!(s, Session::new(b));
    assert_eq!(s.screen, Screen::Intro);
    assert!(s.responses.answers.iter().all(Option::is_none));
    assert_eq!(s.responses, Responses::empty(b));
    assert_eq!(s.scenarios, Scenarios::Pending);
    // From the middle of a run too.
    let mid = step(
        &step(&Session::new(b), Action::Start(Form::Full)),
        Action::Answer(0, Answer::Scale(2)),
    );
    assert_eq!(step(&mid, Action::Restart), Session::new(b));
    // Restarting a fresh session changes nothing.
    refused(&Session::new(b), Action::Restart);
}

#[test]
fn start_only_from_the_intro_and_clears_answers() {
    let b = bank();
    let s = step(&Session::new(b), Action::Start(Form::Short));
    refused(&s, Action::Start(Form::Full));
    let s = step(&s, Action::Answer(0, Answer::Scale(5)));
    let mut intro = s.clone();
    intro.screen = Screen::Intro;
    let restarted = step(&intro, Action::Start(Form::Full));
    assert_eq!(restarted.form, Form::Full);
    assert_eq!(restarted.answered(), 0);
    assert_eq!(restarted.screen, Screen::Item(0));
}

#[test]
fn an_opening_without_the_intro_starts_the_chosen_form() {
    let b = bank();
    assert_eq!(Session::opening(b, Opening::Intro), Session::new(b));
    for form in [Form::Short, Form::Full] {
        let s = Session::opening(b, Opening::Form(form));
        assert_eq!((s.form, s.screen, s.answered()), (form, Screen::Item(0), 0));
        assert_eq!(s, step(&Session::new(b), Action::Start(form)));
    }
}
