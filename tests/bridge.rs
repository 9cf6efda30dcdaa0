#![cfg(not(target_arch = "wasm32"))]
//! The bridge between the app and the host edge (`src/bridge.rs`): either side may start first,
//! and nothing said before the other listens is lost; a listener or handler may answer at once.

use std::cell::RefCell;
use std::rc::Rc;

use leadership_radar::bridge::{self, Command};

#[test]
fn commands_sent_before_the_app_connects_wait_for_it_in_order() {
    bridge::command(Command::KeptByLms);
    bridge::command(Command::Restore("LR1.record".into()));
    let heard = Rc::new(RefCell::new(Vec::new()));
    let connection = {
        let heard = heard.clone();
        bridge::connect(move |command| heard.borrow_mut().push(command))
    };
    assert_eq!(
        *heard.borrow(),
        [Command::KeptByLms, Command::Restore("LR1.record".into())]
    );
    // Once connected, a command arrives at once; after the connection is dropped, it waits again.
    bridge::command(Command::Reset);
    assert_eq!(heard.borrow().len(), 3);
    drop(connection);
    bridge::command(Command::Fresh);
    assert_eq!(heard.borrow().len(), 3, "no handler: the command waits");
    let again = Rc::new(RefCell::new(Vec::new()));
    let _connection = {
        let again = again.clone();
        bridge::connect(move |command| again.borrow_mut().push(command))
    };
    assert_eq!(*again.borrow(), [Command::Fresh]);
}

#[test]
fn a_listener_that_comes_late_hears_the_latest_record_then_every_change() {
    bridge::update("LR1.first", "local");
    bridge::update("LR1.second", "local");
    let heard = Rc::new(RefCell::new(Vec::new()));
    {
        let heard = heard.clone();
        bridge::listen(move |record, storage| {
            heard.borrow_mut().push(format!("{record} {storage}"))
        });
    }
    assert_eq!(*heard.borrow(), ["LR1.second local"]);
    bridge::update("LR1.third", "lms");
    assert_eq!(*heard.borrow(), ["LR1.second local", "LR1.third lms"]);
}

#[test]
fn the_host_edge_may_answer_a_record_with_a_command_at_once() {
    // The LMS hears the first record and says it keeps progress: the app's handler gets it while
    // the record is still being reported.
    let heard = Rc::new(RefCell::new(Vec::new()));
    let _connection = {
        let heard = heard.clone();
        bridge::connect(move |command| heard.borrow_mut().push(command))
    };
    bridge::listen(|_, storage| {
        if storage == "local" {
            bridge::command(Command::KeptByLms);
        }
    });
    bridge::update("LR1.record", "local");
    assert_eq!(*heard.borrow(), [Command::KeptByLms]);
}
