//! Helpers shared by the native test files.
#![allow(dead_code)]

use leadership_radar::core::bank::{Bank, Form};
use leadership_radar::core::flow::{Action, Screen, Session};
use leadership_radar::core::responses::Answer;

/// The dimension ids in radar order, as the content model lists them.
pub const DIMENSION_IDS: [&str; 8] = [
    "direction",
    "change",
    "people",
    "motivation",
    "decisions",
    "development",
    "accountability",
    "problems",
];

/// The compiled-in bank.
pub fn bank() -> &'static Bank {
    Bank::builtin()
}

/// A tiny deterministic xorshift64* generator, so property runs repeat exactly.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

pub fn step(session: &Session, action: Action) -> Session {
    session
        .apply(bank(), action)
        .unwrap_or_else(|| panic!("{action:?} refused on {:?}", session.screen))
}

/// Every session seen along a run of a form (taking the scenarios, or skipping them in the short form),
/// including review edits.
pub fn run(form: Form, take_scenarios: bool) -> Vec<Session> {
    let b = bank();
    let mut seen = vec![Session::new(b)];
    let mut s = step(&seen[0], Action::Start(form));
    seen.push(s.clone());
    let total = s.sequence.len();
    for p in 0..total {
        let answer = if b.items[s.sequence[p]].no_opportunity && p % 2 == 0 {
            Answer::NoOpportunity
        } else {
            Answer::Scale((p % 5) as u8 + 1)
        };
        s = step(&s, Action::Answer(p, answer));
        seen.push(s.clone());
    }
    assert_eq!(s.screen, Screen::ScenarioIntro);
    if take_scenarios {
        s = step(&s, Action::StartScenarios);
        seen.push(s.clone());
        for i in 0..b.scenarios.len() {
            s = step(&s, Action::PickBest(i, (i % 4) as u8));
            seen.push(s.clone());
            s = step(&s, Action::PickLeast(i, ((i + 3) % 4) as u8));
            seen.push(s.clone());
            s = step(&s, Action::Next);
            seen.push(s.clone());
        }
    } else {
        s = step(&s, Action::SkipScenarios);
        seen.push(s.clone());
    }
    assert_eq!(s.screen, Screen::Review);
    let editing = step(&s, Action::EditItem(3));
    assert!(editing.from_review);
    seen.push(editing);
    if take_scenarios {
        let editing = step(&s, Action::EditScenario(1));
        assert!(editing.from_review);
        seen.push(editing);
    }
    s = step(&s, Action::ShowResults);
    assert_eq!(s.screen, Screen::Results);
    seen.push(s);
    seen
}
