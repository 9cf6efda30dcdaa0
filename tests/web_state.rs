//! Browser test: the flow reducer's answers to a host's reset and to an LMS's fresh launch.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use leadership_radar::state::{Change, Model};
use radar_core::bank::Form;
use radar_core::flow::{Action, Opening, Screen, Session};
use radar_core::responses::Answer;
use wasm_bindgen_test::*;
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_page() -> Rc<Model> {
    Rc::new(Model {
        session: Session::opening(radar_content::bank(), Opening::Intro),
        opening: Opening::Intro,
        restored: false,
    })
}

fn two_answers(model: Rc<Model>) -> Rc<Model> {
    [
        Action::Start(Form::Short),
        Action::Answer(0, Answer::Scale(4)),
        Action::Answer(1, Answer::Scale(2)),
    ]
    .into_iter()
    .fold(model, |model, action| model.reduce(Change::Flow(action)))
}

#[wasm_bindgen_test]
fn a_fresh_launch_keeps_what_was_begun_in_this_page() {
    let begun = two_answers(fresh_page());
    assert_eq!(begun.session.screen, Screen::Item(2));
    let after = begun.clone().reduce(Change::Fresh);
    assert!(Rc::ptr_eq(&after, &begun), "nothing changes");
}

#[wasm_bindgen_test]
fn a_fresh_launch_drops_restored_progress_even_when_continued() {
    let saved = two_answers(fresh_page()).session.clone();
    let restored = fresh_page().reduce(Change::Restore(saved));
    assert!(restored.restored);
    let continued = restored.reduce(Change::Flow(Action::Answer(2, Answer::Scale(3))));
    assert!(continued.restored);
    let after = continued.reduce(Change::Fresh);
    assert_eq!(
        after.session,
        Session::opening(radar_content::bank(), Opening::Intro)
    );
    assert!(!after.restored);
}

#[wasm_bindgen_test]
fn a_hosts_reset_drops_everything() {
    let after = two_answers(fresh_page()).reduce(Change::Reset);
    assert_eq!(
        after.session,
        Session::opening(radar_content::bank(), Opening::Intro)
    );
}

#[wasm_bindgen_test]
fn start_over_ends_the_restored_progress() {
    let saved = two_answers(fresh_page()).session.clone();
    let restored = fresh_page().reduce(Change::Restore(saved));
    let over = restored.reduce(Change::Flow(Action::Restart));
    assert!(!over.restored);
    let begun = two_answers(over);
    let after = begun.clone().reduce(Change::Fresh);
    assert!(Rc::ptr_eq(&after, &begun));
}
