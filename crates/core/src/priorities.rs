//! The development plan's priorities: the person's relatively lowest sides, whatever their
//! absolute level, and one "watch the overuse" note.
//!
//! Self-ratings run high, so a plan that only speaks to sides below a fixed line leaves most people
//! with nothing to do. Measured against the person's own average instead, everyone has a lowest
//! side. Scores are compared as the page shows them (rounded to 5), so what reads as a tie is
//! treated as one, and the rule that breaks it is stated on the page.

use super::bank::{Bank, Pole, DIMENSIONS};
use super::scoring::{round_to_5, DimensionScore, PoleRef, Report, HIGH};

/// The plan starts with at least this many sides (when that many are scored).
pub const MIN_PRIORITIES: usize = 2;
/// And at most this many.
pub const MAX_PRIORITIES: usize = 3;
/// A strong side this far (in shown points) ahead of its partner may crowd it out.
pub const OVERUSE_GAP: i32 = 25;
/// A side must reach this shown score to count as strong enough to overuse ("Often").
pub const OVERUSE_STRONG: i32 = 75;

/// The sides to start with, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Priorities {
    /// Two or three sides, lowest first (fewer only when fewer are scored).
    pub sides: Vec<PoleRef>,
    /// The mean of every scored side, 0–100.
    pub average: Option<f64>,
    /// When the cut fell inside a tie: the shown score the tied sides share, and how many share it.
    pub tie: Option<Tie>,
    /// A strong side that may crowd out its partner.
    pub overuse: Option<Overuse>,
}

/// Sides that read the same, some in the plan's first places and some not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tie {
    /// The shown score they share.
    pub score: i32,
    /// How many sides share it.
    pub sides: usize,
}

/// One dimension where a strong side is well ahead of its partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overuse {
    /// Index into the bank's dimensions.
    pub dimension: usize,
    /// The strong side; its partner is the other pole.
    pub strong: Pole,
}

impl Priorities {
    /// Whether `side` is one of the priorities.
    pub fn contains(&self, side: PoleRef) -> bool {
        self.sides.contains(&side)
    }

    /// Every other side of `dimensions` dimensions, in the radar's order, managing before leading
    /// as among the priorities: the plan's collapsed list.
    pub fn others(&self, dimensions: usize) -> Vec<PoleRef> {
        (0..dimensions)
            .flat_map(|dimension| {
                [Pole::Manage, Pole::Lead].map(|pole| PoleRef { dimension, pole })
            })
            .filter(|side| !self.contains(*side))
            .collect()
    }
}

/// The person may commit to at most this many actions: one or two are easier to keep.
pub const MAX_CHOSEN: usize = 2;

/// The actions the person chose to do, by side, as kept beside their results.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Chosen(pub Vec<PoleRef>);

impl Chosen {
    /// The id of a side as the page and the kept note write it: `direction-manage`.
    pub fn side_id(bank: &Bank, side: PoleRef) -> String {
        format!("{}-{}", bank.dimensions[side.dimension].id, side.pole.id())
    }

    /// The side a `dimension-pole` id names, if any.
    pub fn side_of(bank: &Bank, id: &str) -> Option<PoleRef> {
        let (dimension, pole) = id.rsplit_once('-')?;
        let pole = Pole::BOTH.into_iter().find(|p| p.id() == pole)?;
        let dimension = bank.dimensions.iter().position(|d| d.id == dimension)?;
        Some(PoleRef { dimension, pole })
    }

    /// Reads a kept note: ids separated by spaces. Unknown or repeated ids, and any beyond
    /// [`MAX_CHOSEN`], are dropped; a note longer than any valid one is refused whole.
    pub fn parse(bank: &Bank, text: &str) -> Chosen {
        let mut sides = Vec::new();
        if text.len() > 128 {
            return Chosen(sides);
        }
        for side in text
            .split_whitespace()
            .filter_map(|id| Chosen::side_of(bank, id))
        {
            if !sides.contains(&side) && sides.len() < MAX_CHOSEN {
                sides.push(side);
            }
        }
        Chosen(sides)
    }

    /// The note to keep.
    pub fn write(&self, bank: &Bank) -> String {
        let ids: Vec<String> = self.0.iter().map(|&s| Chosen::side_id(bank, s)).collect();
        ids.join(" ")
    }

    /// Whether `side` was chosen.
    pub fn contains(&self, side: PoleRef) -> bool {
        self.0.contains(&side)
    }

    /// Chooses or drops `side`; refuses (returns false) a choice beyond [`MAX_CHOSEN`].
    pub fn set(&mut self, side: PoleRef, chosen: bool) -> bool {
        match (chosen, self.contains(side)) {
            (true, false) if self.0.len() >= MAX_CHOSEN => false,
            (true, false) => {
                self.0.push(side);
                true
            }
            (false, true) => {
                self.0.retain(|&s| s != side);
                true
            }
            _ => true,
        }
    }
}

impl Report {
    /// The sides the development plan starts with (see [`choose`]).
    pub fn priorities(&self) -> Priorities {
        choose(&self.dimensions)
    }
}

/// Chooses the priorities from every dimension's scores.
///
/// The order is the shown score, lowest first; among equal shown scores, managing sides come
/// before leading ones ("Leaders master management first." [001]), then the radar's order. The plan
/// takes the sides below the person's own average, at least [`MIN_PRIORITIES`] and at most
/// [`MAX_PRIORITIES`].
pub fn choose(dimensions: &[DimensionScore]) -> Priorities {
    let mut sides: Vec<(PoleRef, i32, f64)> = Vec::with_capacity(DIMENSIONS * 2);
    // Managing first within a dimension, so a stable sort by score leaves ties in the stated order:
    // every managing side of equal score, in radar order, before every leading one.
    for pole in [Pole::Manage, Pole::Lead] {
        for (dimension, scores) in dimensions.iter().enumerate() {
            if let Some(score) = scores.pole(pole) {
                sides.push((PoleRef { dimension, pole }, round_to_5(score), score));
            }
        }
    }
    // An insertion sort: stable, and 16 sides need nothing bigger (it keeps the standard library's
    // general-purpose sort out of the wasm).
    for i in 1..sides.len() {
        let mut j = i;
        while j > 0 && sides[j - 1].1 > sides[j].1 {
            sides.swap(j - 1, j);
            j -= 1;
        }
    }
    let average = (!sides.is_empty())
        .then(|| sides.iter().map(|(_, _, s)| s).sum::<f64>() / sides.len() as f64);
    let below = average.map_or(0, |average| {
        sides
            .iter()
            .filter(|(_, shown, _)| f64::from(*shown) < average - 1e-9)
            .count()
    });
    let count = below.clamp(MIN_PRIORITIES, MAX_PRIORITIES).min(sides.len());
    let tie = match (count.checked_sub(1).map(|i| sides[i]), sides.get(count)) {
        (Some((_, last, _)), Some((_, next, _))) if last == *next => Some(Tie {
            score: last,
            sides: sides.iter().filter(|(_, s, _)| *s == last).count(),
        }),
        _ => None,
    };
    Priorities {
        sides: sides.iter().take(count).map(|(side, _, _)| *side).collect(),
        average,
        tie,
        overuse: overuse(dimensions),
    }
}

/// The dimension whose strong side (shown [`OVERUSE_STRONG`] or more, and above the line) is
/// furthest ahead of its partner, by [`OVERUSE_GAP`] or more; the first in radar order on ties.
fn overuse(dimensions: &[DimensionScore]) -> Option<Overuse> {
    let mut best: Option<(Overuse, i32)> = None;
    for (dimension, scores) in dimensions.iter().enumerate() {
        let (Some(lead), Some(manage)) = (scores.lead, scores.manage) else {
            continue;
        };
        let (strong, high, low) = if lead > manage {
            (Pole::Lead, lead, manage)
        } else {
            (Pole::Manage, manage, lead)
        };
        let gap = round_to_5(high) - round_to_5(low);
        let strong_enough = round_to_5(high) >= OVERUSE_STRONG && high >= HIGH;
        if strong_enough && gap >= OVERUSE_GAP && best.is_none_or(|(_, g)| gap > g) {
            best = Some((Overuse { dimension, strong }, gap));
        }
    }
    best.map(|(overuse, _)| overuse)
}
