//! The question bank: dimensions, Likert items and "switch hats" scenarios. The content crate
//! compiles it in from its sources (`data/bank.toml` and the texts in `data/locales/<lang>.ftl`),
//! read and checked by `radar-source`.

/// Number of dimensions on the radar.
pub const DIMENSIONS: usize = 8;
/// Items per pole in the full form.
pub const ITEMS_PER_POLE: usize = 3;
/// Answer options per scenario.
pub const OPTIONS_PER_SCENARIO: usize = 4;

/// One of the two poles of a dimension.
// The content's structure (`bank.toml`) names poles, keys and hats in lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pole {
    /// The leadership pole (change, direction, people).
    Lead,
    /// The management pole (order, plans, control).
    Manage,
}

impl Pole {
    /// Both poles, leadership first.
    pub const BOTH: [Pole; 2] = [Pole::Lead, Pole::Manage];

    /// The pole's name in ids (`lead` or `manage`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Lead => "lead",
            Self::Manage => "manage",
        }
    }

    /// The other pole.
    pub fn other(self) -> Self {
        match self {
            Self::Lead => Self::Manage,
            Self::Manage => Self::Lead,
        }
    }
}

/// Which version of the assessment a person takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Form {
    /// 16 items, one per pole: a snapshot.
    #[default]
    Short,
    /// 48 items, three per pole.
    Full,
}

impl Form {
    /// The form's name in URLs, messages and exports: `short` or `full`.
    pub fn id(self) -> &'static str {
        match self {
            Form::Short => "short",
            Form::Full => "full",
        }
    }

    /// How many answered items a pole needs before it gets a score.
    pub fn min_items_per_pole(self) -> usize {
        match self {
            Form::Short => 1,
            Form::Full => 2,
        }
    }
}

/// Whether agreement raises (positive) or lowers (reverse) the pole score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Keying {
    /// "Always" is the strongest expression of the pole.
    Positive,
    /// The item describes the pole's failure mode; scored as 6 − answer.
    Reverse,
}

/// A dimension of the radar with its two named poles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dimension {
    /// Stable id, such as `direction`.
    pub id: &'static str,
    /// Short name, such as "Direction".
    pub name: &'static str,
    /// Name of the leadership pole, such as "Vision & Purpose".
    pub lead: &'static str,
    /// Name of the management pole, such as "Goals & Plans".
    pub manage: &'static str,
    /// One sentence describing the leadership pole.
    pub lead_about: &'static str,
    /// One sentence describing the management pole.
    pub manage_about: &'static str,
    /// Seed sentence or framework this dimension comes from.
    pub source: &'static str,
}

impl Dimension {
    /// The name of one pole.
    pub fn pole_name(&self, pole: Pole) -> &'static str {
        match pole {
            Pole::Lead => self.lead,
            Pole::Manage => self.manage,
        }
    }
}

/// A first-person behavioural statement rated on the frequency scale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Stable id, such as `direction-lead-1`.
    pub id: &'static str,
    /// Index into [`Bank::dimensions`].
    pub dimension: usize,
    /// The pole this item measures.
    pub pole: Pole,
    /// Scoring direction.
    pub keying: Keying,
    /// Whether the item is in the short form.
    pub short: bool,
    /// Whether "No opportunity" is offered (statements about situations, and those that need work
    /// to hand out or people to supervise).
    pub no_opportunity: bool,
    /// The statement.
    pub text: &'static str,
    /// The statement about someone else ("This person ..."), for colleagues who rate the person.
    pub observer: &'static str,
    /// Seed sentence or framework.
    pub source: &'static str,
}

/// The kind of move a scenario option represents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Hat {
    /// A leadership move.
    Lead,
    /// A management move.
    Manage,
    /// Doing nothing (laissez-faire).
    Avoid,
}

impl Hat {
    /// The hat's name in the content and the exports: `lead`, `manage` or `avoid`.
    pub fn id(self) -> &'static str {
        match self {
            Hat::Lead => "lead",
            Hat::Manage => "manage",
            Hat::Avoid => "avoid",
        }
    }
}

/// One possible first move in a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioOption {
    /// The kind of move.
    pub hat: Hat,
    /// Expert key from −1 (worst) to +2 (best).
    pub key: i8,
    /// What the move is.
    pub text: &'static str,
}

/// A situational judgement item: pick the most and the least effective first move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    /// Stable id, such as `client-lost-a`.
    pub id: &'static str,
    /// A short title.
    pub title: &'static str,
    /// The situation and question.
    pub prompt: &'static str,
    /// The hat the key rewards first.
    pub hat: Hat,
    /// For two-stage scenarios: the shared pair id and this stage (1 or 2).
    pub stage: Option<(&'static str, u8)>,
    /// Exactly four options, in display order.
    pub options: &'static [ScenarioOption],
    /// Seed sentence or framework.
    pub source: &'static str,
}

impl Scenario {
    /// Index of the option keyed best (+2).
    pub fn best_option(&self) -> usize {
        self.options.iter().position(|o| o.key == 2).unwrap_or(0)
    }

    /// Whether `option` (an index, as a pick holds it) is the one the key favours.
    pub fn favours(&self, option: Option<u8>) -> bool {
        option.map(usize::from) == Some(self.best_option())
    }

    /// Index of the option keyed worst (−1).
    pub fn worst_option(&self) -> usize {
        self.options.iter().position(|o| o.key == -1).unwrap_or(0)
    }
}

/// The whole validated bank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bank {
    /// The eight dimensions in radar order.
    pub dimensions: &'static [Dimension],
    /// All items, grouped by dimension and pole as in the file.
    pub items: &'static [Item],
    /// The scenarios in presentation order.
    pub scenarios: &'static [Scenario],
}

impl Bank {
    /// The item indices of a form in presentation order, interleaved across dimensions and poles.
    ///
    /// Round by round, the dimensions alternate poles (D1 lead, D2 manage, …) and then take the
    /// other pole, so no two neighbours share a dimension and reverse-keyed items are spread out.
    pub fn sequence(&self, form: Form) -> Vec<usize> {
        let rounds = match form {
            Form::Short => 1,
            Form::Full => ITEMS_PER_POLE,
        };
        let mut order = Vec::with_capacity(rounds * DIMENSIONS * 2);
        for round in 0..rounds {
            for pass in 0..2 {
                for dimension in 0..DIMENSIONS {
                    let pole = if (dimension + round + pass) % 2 == 0 {
                        Pole::Lead
                    } else {
                        Pole::Manage
                    };
                    let pole_items: Vec<usize> = self.pole_items(dimension, pole).collect();
                    let chosen = match form {
                        Form::Short => pole_items.iter().copied().find(|&i| self.items[i].short),
                        Form::Full => pole_items
                            .get((round + dimension) % ITEMS_PER_POLE)
                            .copied(),
                    };
                    order.extend(chosen);
                }
            }
        }
        order
    }

    /// How many distinct scenarios there are (both stages of a pair count once).
    pub fn scenario_count(&self) -> usize {
        self.scenarios
            .iter()
            .filter(|s| !matches!(s.stage, Some((_, 2))))
            .count()
    }

    /// The 1-based scenario number of the scenario at `index`, with its stage when it has two.
    pub fn scenario_number(&self, index: usize) -> (usize, Option<u8>) {
        let number = self
            .scenarios
            .iter()
            .take(index + 1)
            .filter(|s| !matches!(s.stage, Some((_, 2))))
            .count();
        (
            number,
            self.scenarios
                .get(index)
                .and_then(|s| s.stage.as_ref().map(|(_, n)| *n)),
        )
    }

    /// Indices of the items measuring one pole, in file order.
    pub fn pole_items(&self, dimension: usize, pole: Pole) -> impl Iterator<Item = usize> + '_ {
        self.items
            .iter()
            .enumerate()
            .filter(move |(_, item)| item.dimension == dimension && item.pole == pole)
            .map(|(index, _)| index)
    }
}
