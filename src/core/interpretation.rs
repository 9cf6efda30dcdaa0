//! Interpretation texts: archetype readings, per-pole development actions and agility wording.

use std::sync::OnceLock;

use super::bank::{Bank, Pole};
use super::ini::{self, ContentError, Section};
use super::scoring::Archetype;

/// How one archetype is described.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchetypeText {
    /// Its name, such as "Leading Manager".
    pub name: String,
    /// When it applies, in words.
    pub when: String,
    /// Two or three sentences describing the pattern.
    pub summary: String,
    /// What to work on next.
    pub next: String,
    /// Seed sentence or framework.
    pub source: String,
}

/// What a low pole suggests and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionText {
    /// What a low score on this pole may mean.
    pub suggests: String,
    /// A concrete next step.
    pub action: String,
    /// Seed sentence or framework.
    pub source: String,
}

/// Agility wording by band.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgilityText {
    /// For scores of 67 and above.
    pub high: String,
    /// For 34 to 66.
    pub middle: String,
    /// For 33 and below.
    pub low: String,
    /// When the person managed the crisis and then led the recovery.
    pub switched: String,
    /// When the scenarios were skipped.
    pub skipped: String,
    /// Seed sentence or framework.
    pub source: String,
}

impl AgilityText {
    /// The sentence for an agility score.
    pub fn for_score(&self, score: f64) -> &str {
        // Bands on the whole-number score, so 67 is high and 33 is low as documented.
        match (score + 1e-9).round() as i32 {
            s if s >= 67 => &self.high,
            s if s >= 34 => &self.middle,
            _ => &self.low,
        }
    }
}

/// All interpretation texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interpretation {
    /// In the order of [`Archetype::ALL`].
    pub archetypes: Vec<ArchetypeText>,
    /// Per dimension, `[lead, manage]`.
    pub actions: Vec<[ActionText; 2]>,
    /// Agility wording.
    pub agility: AgilityText,
}

static BUILTIN: OnceLock<Interpretation> = OnceLock::new();

impl Interpretation {
    /// The texts compiled in from `content/interpretation.ini`; validity is proven by the tests.
    pub fn builtin() -> &'static Interpretation {
        BUILTIN.get_or_init(|| {
            Interpretation::parse(
                include_str!("../../content/interpretation.ini"),
                Bank::builtin(),
            )
            .unwrap_or_else(|e| panic!("content/interpretation.ini is invalid: {e}"))
        })
    }

    /// Parses the file, requiring every archetype, every pole's action and the agility texts.
    pub fn parse(text: &str, bank: &Bank) -> Result<Interpretation, ContentError> {
        let sections = ini::parse(text)?;
        let find = |kind: &str, id: &str| -> Result<&Section<'_>, ContentError> {
            let mut matching = sections.iter().filter(|s| s.kind == kind && s.id == id);
            match (matching.next(), matching.next()) {
                (Some(section), None) => Ok(section),
                (None, _) => Err(ContentError::new(
                    0,
                    format!("missing section [{kind} {id}]"),
                )),
                (Some(_), Some(dup)) => Err(dup.error("duplicate section")),
            }
        };
        let text_of = |s: &Section<'_>, key: &str| s.get(key).map(str::to_string);
        let mut archetypes = Vec::new();
        for archetype in Archetype::ALL {
            let s = find("archetype", archetype.id())?;
            archetypes.push(ArchetypeText {
                name: text_of(s, "name")?,
                when: text_of(s, "when")?,
                summary: text_of(s, "summary")?,
                next: text_of(s, "next")?,
                source: text_of(s, "source")?,
            });
        }
        let mut actions = Vec::new();
        for dimension in &bank.dimensions {
            let action = |pole: Pole| -> Result<ActionText, ContentError> {
                let s = find("action", &format!("{}-{}", dimension.id, pole.id()))?;
                Ok(ActionText {
                    suggests: text_of(s, "suggests")?,
                    action: text_of(s, "action")?,
                    source: text_of(s, "source")?,
                })
            };
            actions.push([action(Pole::Lead)?, action(Pole::Manage)?]);
        }
        let s = find("agility", "info")?;
        let agility = AgilityText {
            high: text_of(s, "high")?,
            middle: text_of(s, "middle")?,
            low: text_of(s, "low")?,
            switched: text_of(s, "switched")?,
            skipped: text_of(s, "skipped")?,
            source: text_of(s, "source")?,
        };
        let expected = Archetype::ALL.len() + 2 * bank.dimensions.len() + 1;
        if sections.len() != expected {
            return Err(ContentError::new(
                0,
                format!(
                    "expected {expected} sections, found {} (unknown or misspelt section?)",
                    sections.len()
                ),
            ));
        }
        Ok(Interpretation {
            archetypes,
            actions,
            agility,
        })
    }

    /// The texts of one archetype.
    pub fn archetype(&self, archetype: Archetype) -> &ArchetypeText {
        let index = Archetype::ALL
            .iter()
            .position(|&a| a == archetype)
            .unwrap_or(0);
        &self.archetypes[index]
    }

    /// The action texts of one pole.
    pub fn action(&self, dimension: usize, pole: Pole) -> Option<&ActionText> {
        let pair = self.actions.get(dimension)?;
        Some(match pole {
            Pole::Lead => &pair[0],
            Pole::Manage => &pair[1],
        })
    }
}
