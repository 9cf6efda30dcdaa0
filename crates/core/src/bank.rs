//! The question bank: dimensions, Likert items and "switch hats" scenarios, parsed from the content crate's `data/bank.ini` and validated.

use super::ini::{self, ContentError, Section};

/// Number of dimensions on the radar.
pub const DIMENSIONS: usize = 8;
/// Items per pole in the full form.
pub const ITEMS_PER_POLE: usize = 3;
/// Answer options per scenario.
pub const OPTIONS_PER_SCENARIO: usize = 4;

/// One of the two poles of a dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pole {
    /// The leadership pole (change, direction, people).
    Lead,
    /// The management pole (order, plans, control).
    Manage,
}

impl Pole {
    /// Both poles, leadership first.
    pub const BOTH: [Pole; 2] = [Pole::Lead, Pole::Manage];

    fn parse(word: &str) -> Option<Self> {
        match word {
            "lead" => Some(Self::Lead),
            "manage" => Some(Self::Manage),
            _ => None,
        }
    }

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// Whether "No opportunity" is offered (items that need people to manage).
    pub no_opportunity: bool,
    /// The statement.
    pub text: &'static str,
    /// The statement about someone else ("This person ..."), for colleagues who rate the person.
    pub observer: &'static str,
    /// Seed sentence or framework.
    pub source: &'static str,
}

/// The kind of move a scenario option represents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hat {
    /// A leadership move.
    Lead,
    /// A management move.
    Manage,
    /// Doing nothing (laissez-faire).
    Avoid,
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
    /// Parses and validates a bank file. The app itself never parses: `build.rs` runs this at
    /// build time and compiles the result in as static data (the `radar-content` crate).
    pub fn parse(text: &str) -> Result<Bank, ContentError> {
        // The parsed bank borrows its text for the life of the program, like the compiled-in one.
        let text: &'static str = String::leak(text.to_owned());
        let sections = ini::parse(text)?;
        for (index, section) in sections.iter().enumerate() {
            if sections[..index]
                .iter()
                .any(|s| (s.kind, s.id) == (section.kind, section.id))
            {
                return Err(section.error("duplicate id"));
            }
        }
        let mut dimensions = Vec::new();
        for section in sections.iter().filter(|s| s.kind == "dimension") {
            dimensions.push(Dimension {
                id: section.id,
                name: section.get("name")?,
                lead: section.get("lead")?,
                manage: section.get("manage")?,
                lead_about: section.get("lead_about")?,
                manage_about: section.get("manage_about")?,
                source: section.get("source")?,
            });
        }
        if dimensions.len() != DIMENSIONS {
            return Err(ContentError::new(
                0,
                format!(
                    "expected {DIMENSIONS} dimensions, found {}",
                    dimensions.len()
                ),
            ));
        }
        let mut items = Vec::new();
        for section in sections.iter().filter(|s| s.kind == "item") {
            items.push(parse_item(section, &dimensions)?);
        }
        validate_poles(&items, &dimensions)?;
        let mut scenarios = Vec::new();
        for section in sections.iter().filter(|s| s.kind == "scenario") {
            scenarios.push(parse_scenario(section)?);
        }
        validate_pairs(&scenarios)?;
        if let Some(other) = sections
            .iter()
            .find(|s| !matches!(s.kind, "dimension" | "item" | "scenario"))
        {
            return Err(other.error("unknown section kind"));
        }
        Ok(Bank {
            dimensions: dimensions.leak(),
            items: items.leak(),
            scenarios: scenarios.leak(),
        })
    }

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

fn parse_item(section: &Section<'static>, dimensions: &[Dimension]) -> Result<Item, ContentError> {
    let dimension_id = section.get("dimension")?;
    let dimension = dimensions
        .iter()
        .position(|d| d.id == dimension_id)
        .ok_or_else(|| section.error(format!("unknown dimension `{dimension_id}`")))?;
    let pole = Pole::parse(section.get("pole")?)
        .ok_or_else(|| section.error("pole must be `lead` or `manage`"))?;
    let keying = match section.get("key")? {
        "positive" => Keying::Positive,
        "reverse" => Keying::Reverse,
        _ => return Err(section.error("key must be `positive` or `reverse`")),
    };
    Ok(Item {
        id: section.id,
        dimension,
        pole,
        keying,
        short: yes_no(section, "short")?,
        no_opportunity: yes_no(section, "no_opportunity")?,
        text: section.get("text")?,
        observer: observer(section)?,
        source: section.get("source")?,
    })
}

/// The observer form's statement: required, and about "this person", never "I".
fn observer<'a>(section: &Section<'a>) -> Result<&'a str, ContentError> {
    let text = section.get("observer")?;
    let lower = text.to_ascii_lowercase();
    let first_person = lower
        .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
        .any(|w| matches!(w, "i" | "my" | "me" | "we" | "our" | "us"));
    if !lower.contains("this person") || first_person {
        return Err(
            section.error("`observer` must speak of \"this person\", never in the first person")
        );
    }
    Ok(text)
}

fn yes_no(section: &Section<'_>, key: &str) -> Result<bool, ContentError> {
    match section.get(key)? {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(section.error(format!("`{key}` must be `yes` or `no`"))),
    }
}

fn validate_poles(items: &[Item], dimensions: &[Dimension]) -> Result<(), ContentError> {
    for (index, dimension) in dimensions.iter().enumerate() {
        for pole in Pole::BOTH {
            let of_pole: Vec<&Item> = items
                .iter()
                .filter(|i| i.dimension == index && i.pole == pole)
                .collect();
            let what = format!("{} {}", dimension.id, pole.id());
            let reverse = of_pole
                .iter()
                .filter(|i| i.keying == Keying::Reverse)
                .count();
            let short: Vec<&&Item> = of_pole.iter().filter(|i| i.short).collect();
            if of_pole.len() != ITEMS_PER_POLE {
                return Err(ContentError::new(
                    0,
                    format!(
                        "{what}: expected {ITEMS_PER_POLE} items, found {}",
                        of_pole.len()
                    ),
                ));
            }
            if reverse != 1 {
                return Err(ContentError::new(
                    0,
                    format!("{what}: expected 1 reverse-keyed item, found {reverse}"),
                ));
            }
            match short.as_slice() {
                [one] if one.keying == Keying::Positive => {}
                [_] => {
                    return Err(ContentError::new(
                        0,
                        format!("{what}: the short-form item must be positively keyed"),
                    ))
                }
                _ => {
                    return Err(ContentError::new(
                        0,
                        format!("{what}: expected 1 short-form item, found {}", short.len()),
                    ))
                }
            }
        }
    }
    Ok(())
}

fn parse_scenario(section: &Section<'static>) -> Result<Scenario, ContentError> {
    let hat = parse_hat(section.get("hat")?)
        .ok_or_else(|| section.error("hat must be `lead` or `manage`"))?;
    if hat == Hat::Avoid {
        return Err(section.error("a scenario's first hat is `lead` or `manage`"));
    }
    let stage = match (section.optional("pair")?, section.optional("stage")?) {
        (None, None) => None,
        (Some(pair), Some(stage)) => match stage {
            "1" => Some((pair, 1)),
            "2" => Some((pair, 2)),
            _ => return Err(section.error("stage must be 1 or 2")),
        },
        _ => return Err(section.error("`pair` and `stage` go together")),
    };
    let mut options = Vec::new();
    for (expected, (value, line)) in ['a', 'b', 'c', 'd'].into_iter().zip(section.all("option")) {
        let fields: Vec<&str> = value.split('|').map(str::trim).collect();
        let bad = |why: &str| {
            ContentError::new(line, format!("[scenario {}]: option: {why}", section.id))
        };
        let [letter, hat, key, text] = fields.as_slice() else {
            return Err(bad("expected `letter | hat | key | text`"));
        };
        if *letter != expected.to_string() {
            return Err(bad(&format!("expected letter {expected}")));
        }
        let hat = parse_hat(hat).ok_or_else(|| bad("hat must be lead, manage or avoid"))?;
        let key: i8 = key
            .parse()
            .ok()
            .filter(|k| (-1..=2).contains(k))
            .ok_or_else(|| bad("key must be -1, 0, 1 or 2"))?;
        if text.is_empty() {
            return Err(bad("empty text"));
        }
        options.push(ScenarioOption { hat, key, text });
    }
    if section.all("option").len() != OPTIONS_PER_SCENARIO {
        return Err(section.error(format!("expected {OPTIONS_PER_SCENARIO} options")));
    }
    let count = |k: i8| options.iter().filter(|o| o.key == k).count();
    if count(2) != 1 || count(-1) != 1 {
        return Err(section.error("exactly one option keyed 2 (best) and one keyed -1 (worst)"));
    }
    Ok(Scenario {
        id: section.id,
        title: section.get("title")?,
        prompt: section.get("prompt")?,
        hat,
        stage,
        options: options.leak(),
        source: section.get("source")?,
    })
}

fn parse_hat(word: &str) -> Option<Hat> {
    match word {
        "lead" => Some(Hat::Lead),
        "manage" => Some(Hat::Manage),
        "avoid" => Some(Hat::Avoid),
        _ => None,
    }
}

fn validate_pairs(scenarios: &[Scenario]) -> Result<(), ContentError> {
    for (index, scenario) in scenarios.iter().enumerate() {
        if let Some((pair, 1)) = &scenario.stage {
            let next = scenarios.get(index + 1).and_then(|s| s.stage.as_ref());
            if next != Some(&(*pair, 2)) {
                return Err(ContentError::new(
                    0,
                    format!("pair `{pair}`: stage 2 must follow stage 1"),
                ));
            }
        }
        if let Some((pair, 2)) = &scenario.stage {
            let previous = index
                .checked_sub(1)
                .and_then(|i| scenarios[i].stage.as_ref());
            if previous != Some(&(*pair, 1)) {
                return Err(ContentError::new(
                    0,
                    format!("pair `{pair}`: stage 2 without stage 1"),
                ));
            }
        }
    }
    if scenarios.is_empty() {
        return Err(ContentError::new(0, "no scenarios"));
    }
    Ok(())
}
