//! Response quality: two patterns in the answers that make a result harder to read, said gently
//! on the results and recorded in the JSON export. Neither ever blocks a result.
//!
//! - **The same answer everywhere**: every statement rated on the scale got one and the same
//!   answer (a sign of answering without weighing each statement, or of a scale read as
//!   "agree / disagree").
//! - **Answers that point two ways**: in the full form, a pole's two statements of the habit and
//!   its statement of the failure mode disagree by three steps or more once the failure mode is
//!   mirrored ("Always" to both "I turn priorities into specific goals" and "I leave the owner
//!   and date of a goal to be settled once work is under way"). The short form has one statement
//!   per pole, so it cannot show this.

use crate::bank::{Bank, Keying, Pole};
use crate::responses::{Answer, Responses};
use crate::scoring::PoleRef;

/// The fewest scale answers for "the same answer everywhere" to mean anything (the short form
/// has 16).
pub const SAME_ANSWER_MIN: usize = 8;

/// How far apart, in scale steps, a pole's habit (its positive statements' mean) and its mirrored
/// failure mode must be to point two ways.
pub const CONTRADICTION_STEPS: f64 = 3.0;

/// What the answers show about themselves.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Quality {
    /// Every scale answer was the same value (1 to 5), from [`SAME_ANSWER_MIN`] answers on.
    pub same_answer: Option<u8>,
    /// The poles whose statements point two ways, in the radar's order.
    pub contradictions: Vec<PoleRef>,
}

impl Quality {
    /// Whether there is anything to say.
    pub fn is_clean(&self) -> bool {
        self.same_answer.is_none() && self.contradictions.is_empty()
    }
}

/// Looks at a session's answers (`responses`, sized for `bank`).
pub fn check(bank: &Bank, responses: &Responses) -> Quality {
    let scale: Vec<u8> = responses
        .answers
        .iter()
        .filter_map(|answer| match answer {
            Some(Answer::Scale(value)) => Some(*value),
            _ => None,
        })
        .collect();
    let same_answer = match scale.split_first() {
        Some((first, rest))
            if scale.len() >= SAME_ANSWER_MIN && rest.iter().all(|v| v == first) =>
        {
            Some(*first)
        }
        _ => None,
    };
    let mut contradictions = Vec::new();
    for dimension in 0..bank.dimensions.len() {
        for pole in [Pole::Lead, Pole::Manage] {
            let mut positive = Vec::new();
            let mut reverse = Vec::new();
            for (item, answer) in bank.items.iter().zip(&responses.answers) {
                let Some(Answer::Scale(value)) = answer else {
                    continue;
                };
                if item.dimension != dimension || item.pole != pole {
                    continue;
                }
                match item.keying {
                    Keying::Positive => positive.push(f64::from(*value)),
                    Keying::Reverse => reverse.push(6.0 - f64::from(*value)),
                }
            }
            if positive.is_empty() || reverse.is_empty() {
                continue;
            }
            let habit = positive.iter().sum::<f64>() / positive.len() as f64;
            let failure = reverse.iter().sum::<f64>() / reverse.len() as f64;
            if (habit - failure).abs() >= CONTRADICTION_STEPS {
                contradictions.push(PoleRef { dimension, pole });
            }
        }
    }
    Quality {
        same_answer,
        contradictions,
    }
}
