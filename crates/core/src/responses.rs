//! What a person answered: Likert answers per item and scenario picks.

use super::bank::{Bank, OPTIONS_PER_SCENARIO};

/// The answer to one Likert item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// 1 Never, 2 Rarely, 3 Sometimes, 4 Often, 5 Always.
    Scale(u8),
    /// "No opportunity": scored as missing, never as "Never".
    NoOpportunity,
}

impl Answer {
    /// A scale answer, if `value` is 1 to 5.
    pub fn scale(value: u8) -> Option<Answer> {
        (1..=5).contains(&value).then_some(Answer::Scale(value))
    }

    /// The mirrored answer (6 − x); "No opportunity" stays as it is.
    pub fn mirrored(self) -> Answer {
        match self {
            Answer::Scale(value) => Answer::Scale(6 - value),
            Answer::NoOpportunity => Answer::NoOpportunity,
        }
    }
}

/// Most and least effective picks for one scenario (option indices 0..4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Pick {
    /// The option chosen as most effective first move.
    pub best: Option<u8>,
    /// The option chosen as least effective first move.
    pub least: Option<u8>,
}

impl Pick {
    /// Both choices made, and on different options.
    pub fn is_complete(&self) -> bool {
        matches!((self.best, self.least), (Some(b), Some(l)) if b != l)
    }

    /// Chooses the most effective option; a least pick on the same option is cleared.
    pub fn with_best(self, option: u8) -> Pick {
        Pick {
            best: Some(option),
            least: self.least.filter(|&l| l != option),
        }
    }

    /// Chooses the least effective option; a best pick on the same option is cleared.
    pub fn with_least(self, option: u8) -> Pick {
        Pick {
            best: self.best.filter(|&b| b != option),
            least: Some(option),
        }
    }
}

/// All answers of one session, indexed like the bank's items and scenarios.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Responses {
    /// One slot per bank item (items outside the chosen form stay empty).
    pub answers: Vec<Option<Answer>>,
    /// One pick per scenario.
    pub picks: Vec<Pick>,
}

impl Responses {
    /// No answers yet, sized for `bank`.
    pub fn empty(bank: &Bank) -> Responses {
        Responses {
            answers: vec![None; bank.items.len()],
            picks: vec![Pick::default(); bank.scenarios.len()],
        }
    }

    /// Whether an option index exists.
    pub fn valid_option(option: u8) -> bool {
        usize::from(option) < OPTIONS_PER_SCENARIO
    }
}
