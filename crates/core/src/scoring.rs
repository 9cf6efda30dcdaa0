//! Scoring: pole scores, indices, tilt and balance, archetype, the plan's priorities and agility.

use super::bank::{Bank, Form, Hat, Keying, Pole, DIMENSIONS};
use super::responses::{Answer, Responses};

/// An index at or above this is "high": halfway between "Sometimes" and "Often" (a criterion, not a norm).
pub const HIGH: f64 = 62.5;
/// Indices within this band around [`HIGH`] are described as "near the line".
pub const NEAR_LINE: (f64, f64) = (57.5, 67.5);
/// A tilt smaller than this (in points) reads as balanced.
pub const BALANCED_TILT: f64 = 10.0;
/// Each index needs at least this many scored poles out of eight.
pub const MIN_POLES_FOR_INDEX: usize = 4;

// Scores are exact fractions computed in floating point; comparisons allow for the last bit.
const EPSILON: f64 = 1e-9;

/// Whether `score` reaches `cut`, robust to floating-point noise.
pub fn at_least(score: f64, cut: f64) -> bool {
    score >= cut - EPSILON
}

/// Rounds a score to the nearest 5 for display (halves away from zero), as the phrasing rules ask.
pub fn round_to_5(score: f64) -> i32 {
    let magnitude = ((score.abs() + EPSILON) / 5.0).round() as i32 * 5;
    if score < 0.0 {
        -magnitude
    } else {
        magnitude
    }
}

/// The gap between two scores as a reader sees it: the difference of their rounded values, so the
/// numbers on the page always add up (70 and 80 are 10 apart, even if the exact gap is 12.5).
pub fn shown_gap(a: f64, b: f64) -> i32 {
    (round_to_5(a) - round_to_5(b)).abs()
}

/// The two pole scores of one dimension (0–100, `None` when too few answers).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DimensionScore {
    /// The leadership pole.
    pub lead: Option<f64>,
    /// The management pole.
    pub manage: Option<f64>,
}

impl DimensionScore {
    /// The score of one pole.
    pub fn pole(&self, pole: Pole) -> Option<f64> {
        match pole {
            Pole::Lead => self.lead,
            Pole::Manage => self.manage,
        }
    }
}

/// Which way the two indices lean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    /// |tilt| under 10 points.
    Balanced,
    /// Leadership index higher by 10 points or more.
    Leading,
    /// Management index higher by 10 points or more.
    Managing,
}

/// The 2×2 pattern of the two indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Archetype {
    /// Both indices high.
    LeadingManager,
    /// Leadership high, management low.
    VisionaryWithoutTraction,
    /// Leadership low, management high.
    SteadyOperator,
    /// Both low.
    FoundationBuilder,
}

impl Archetype {
    /// The id used in the content (`archetype-<id>` in `data/locales/<lang>.ftl`).
    pub fn id(self) -> &'static str {
        match self {
            Archetype::LeadingManager => "leading-manager",
            Archetype::VisionaryWithoutTraction => "visionary-without-traction",
            Archetype::SteadyOperator => "steady-operator",
            Archetype::FoundationBuilder => "foundation-builder",
        }
    }

    /// All four, in the order of the 2×2 table.
    pub const ALL: [Archetype; 4] = [
        Archetype::LeadingManager,
        Archetype::VisionaryWithoutTraction,
        Archetype::SteadyOperator,
        Archetype::FoundationBuilder,
    ];
}

/// A pole of one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoleRef {
    /// Index into the bank's dimensions.
    pub dimension: usize,
    /// Which pole.
    pub pole: Pole,
}

/// The situational agility result.
#[derive(Debug, Clone, PartialEq)]
pub struct Agility {
    /// 0–100: the summed scenario scores rescaled between their minimum and maximum.
    pub score: f64,
    /// The two-stage scenarios (each by the index of its first stage) where the move picked as
    /// best wore the hat the key favours in both stages, so changed hats with the situation.
    pub switched: Vec<usize>,
}

impl Agility {
    /// Whether hats were switched in any two-stage scenario (the exports' `switchedHats`).
    pub fn switched_hats(&self) -> bool {
        !self.switched.is_empty()
    }
}

/// The full result of a session.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The form taken: in the short form each side rests on one statement.
    pub form: Form,
    /// Pole scores per dimension, in radar order.
    pub dimensions: Vec<DimensionScore>,
    /// Mean of the scored leadership poles.
    pub leadership: Option<f64>,
    /// Mean of the scored management poles.
    pub management: Option<f64>,
    /// The 2×2 pattern, when both indices exist.
    pub archetype: Option<Archetype>,
    /// Whether either index lies in the "near the line" band.
    pub near_line: bool,
    /// The dimension with the largest |lead − manage|, if any differs.
    pub biggest_tilt: Option<usize>,
    /// Agility, when every scenario was answered.
    pub agility: Option<Agility>,
}

impl Report {
    /// Leadership index minus management index.
    pub fn tilt(&self) -> Option<f64> {
        Some(self.leadership? - self.management?)
    }

    /// 100 − |tilt|.
    pub fn balance(&self) -> Option<f64> {
        self.tilt().map(|t| 100.0 - t.abs())
    }

    /// |tilt| as shown: the gap between the two rounded indices.
    pub fn shown_tilt(&self) -> Option<i32> {
        Some(shown_gap(self.leadership?, self.management?))
    }

    /// Which way the indices lean.
    pub fn lean(&self) -> Option<Lean> {
        let tilt = self.tilt()?;
        Some(if !at_least(tilt.abs(), BALANCED_TILT) {
            Lean::Balanced
        } else if tilt > 0.0 {
            Lean::Leading
        } else {
            Lean::Managing
        })
    }
}

/// The score of one pole: 100 × (mean − 1) / 4 over its answered items, reverse keys mirrored.
pub fn pole_score(
    bank: &Bank,
    responses: &Responses,
    form: Form,
    dimension: usize,
    pole: Pole,
) -> Option<f64> {
    let values: Vec<u8> = bank
        .pole_items(dimension, pole)
        .filter(|&i| form == Form::Full || bank.items[i].short)
        .filter_map(|i| match responses.answers.get(i).copied().flatten()? {
            Answer::Scale(x) => Some(match bank.items[i].keying {
                Keying::Positive => x,
                Keying::Reverse => 6 - x,
            }),
            Answer::NoOpportunity => None,
        })
        .collect();
    if values.len() < form.min_items_per_pole() {
        return None;
    }
    let n = values.len() as f64;
    let sum: f64 = values.iter().map(|&v| f64::from(v)).sum();
    Some(100.0 * (sum - n) / (4.0 * n))
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let values: Vec<f64> = values.collect();
    (values.len() >= MIN_POLES_FOR_INDEX).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// The two pole scores of every dimension, in radar order.
pub fn dimension_scores(bank: &Bank, form: Form, responses: &Responses) -> Vec<DimensionScore> {
    (0..DIMENSIONS)
        .map(|d| DimensionScore {
            lead: pole_score(bank, responses, form, d, Pole::Lead),
            manage: pole_score(bank, responses, form, d, Pole::Manage),
        })
        .collect()
}

/// Scores a session. `scenarios_taken` is false when the person skipped the scenarios.
pub fn score(bank: &Bank, form: Form, responses: &Responses, scenarios_taken: bool) -> Report {
    let dimensions = dimension_scores(bank, form, responses);
    let leadership = mean(dimensions.iter().filter_map(|d| d.lead));
    let management = mean(dimensions.iter().filter_map(|d| d.manage));
    let archetype = match (leadership, management) {
        (Some(l), Some(m)) => Some(match (at_least(l, HIGH), at_least(m, HIGH)) {
            (true, true) => Archetype::LeadingManager,
            (true, false) => Archetype::VisionaryWithoutTraction,
            (false, true) => Archetype::SteadyOperator,
            (false, false) => Archetype::FoundationBuilder,
        }),
        _ => None,
    };
    let in_band = |s: f64| at_least(s, NEAR_LINE.0) && at_least(NEAR_LINE.1, s);
    let near_line =
        archetype.is_some() && [leadership, management].into_iter().flatten().any(in_band);
    Report {
        form,
        biggest_tilt: biggest_tilt(&dimensions),
        agility: if scenarios_taken {
            agility(bank, responses)
        } else {
            None
        },
        dimensions,
        leadership,
        management,
        archetype,
        near_line,
    }
}

fn biggest_tilt(dimensions: &[DimensionScore]) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (index, d) in dimensions.iter().enumerate() {
        if let (Some(l), Some(m)) = (d.lead, d.manage) {
            let gap = (l - m).abs();
            if gap > EPSILON && best.is_none_or(|(_, b)| gap > b + EPSILON) {
                best = Some((index, gap));
            }
        }
    }
    best.map(|(index, _)| index)
}

/// The score of one scenario: the key of the option picked as best, +1 when the keyed-worst option was picked as least.
pub fn scenario_score(bank: &Bank, responses: &Responses, scenario: usize) -> Option<i32> {
    let pick = responses.picks.get(scenario)?;
    let options = &bank.scenarios.get(scenario)?.options;
    if !pick.is_complete() {
        return None;
    }
    let best = options.get(usize::from(pick.best?))?;
    let least = options.get(usize::from(pick.least?))?;
    Some(i32::from(best.key) + i32::from(least.key == -1))
}

/// Agility 0–100 over the scenarios answered (each scores −1 to 3); `None` when none is, or while
/// one has a best pick without a least (or the reverse). A session always answers every stage
/// before its results; only a result code from before a stage was added (version 1) leaves the
/// new stage unanswered, and its agility then rests on the stages it had.
pub fn agility(bank: &Bank, responses: &Responses) -> Option<Agility> {
    let mut scores = Vec::new();
    for (s, pick) in responses
        .picks
        .iter()
        .enumerate()
        .take(bank.scenarios.len())
    {
        match (pick.best, pick.least) {
            (None, None) => {}
            (Some(_), Some(_)) => scores.push(scenario_score(bank, responses, s)?),
            _ => return None,
        }
    }
    if scores.is_empty() {
        return None;
    }
    let n = scores.len() as f64;
    let sum = f64::from(scores.iter().sum::<i32>());
    let (min, max) = (-n, 3.0 * n);
    let best_hat = |s: usize| {
        let pick = responses.picks.get(s)?;
        Some(bank.scenarios[s].options.get(usize::from(pick.best?))?.hat)
    };
    let switched = bank
        .scenarios
        .windows(2)
        .enumerate()
        .filter(|(i, pair)| {
            matches!((&pair[0].stage, &pair[1].stage), (Some((a, 1)), Some((b, 2))) if a == b)
                && pair[0].hat != pair[1].hat
                && pair[0].hat != Hat::Avoid
                && best_hat(*i) == Some(pair[0].hat)
                && best_hat(i + 1) == Some(pair[1].hat)
        })
        .map(|(i, _)| i)
        .collect();
    Some(Agility {
        score: 100.0 * (sum - min) / (max - min),
        switched,
    })
}
