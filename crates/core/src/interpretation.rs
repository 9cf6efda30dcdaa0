//! Interpretation texts: archetype readings, per-pole development actions and agility wording.

use super::bank::Pole;
use super::citation::Reference;
use super::scoring::Archetype;

/// How one archetype is described.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchetypeText {
    /// Its name, such as "Leading and Managing".
    pub name: &'static str,
    /// When it applies, in words.
    pub when: &'static str,
    /// Two or three sentences describing the pattern.
    pub summary: &'static str,
    /// What to work on next.
    pub next: &'static str,
    /// Seed sentence or framework.
    pub source: &'static str,
}

/// What a low pole suggests and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionText {
    /// What a low score on this pole may mean.
    pub suggests: &'static str,
    /// A concrete next step.
    pub action: &'static str,
    /// Seed sentence or framework.
    pub source: &'static str,
}

/// Agility wording by band.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgilityText {
    /// For scores of 85 and above: the right hat almost every time.
    pub high: &'static str,
    /// For 65 to 84: where someone who always wears one hat lands (about 71 to 79).
    pub middle: &'static str,
    /// For 64 and below: many first moves that did not fit, often waiting instead of acting.
    pub low: &'static str,
    /// For each two-stage scenario whose stages were met with the hats the key favours, such as
    /// managing the crisis and then leading the recovery; `{scenario}` is its title.
    pub switched: &'static str,
    /// When the scenarios were skipped.
    pub skipped: &'static str,
    /// Seed sentence or framework.
    pub source: &'static str,
}

impl AgilityText {
    /// The sentence for an agility score.
    pub fn for_score(&self, score: f64) -> &'static str {
        // Bands on the whole-number score. With the content model's keys a one-hat answer pattern
        // scores 75 (either hat: the stages are balanced), so only switching hats reaches the high band.
        match (score + 1e-9).round() as i32 {
            s if s >= 85 => self.high,
            s if s >= 65 => self.middle,
            _ => self.low,
        }
    }
}

/// All interpretation texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interpretation {
    /// In the order of [`Archetype::ALL`].
    pub archetypes: &'static [ArchetypeText],
    /// Per dimension, `[lead, manage]`.
    pub actions: &'static [[ActionText; 2]],
    /// Agility wording.
    pub agility: AgilityText,
    /// The works the sources cite, English in every language.
    pub references: &'static [Reference],
    /// Per scenario, in bank order: why the key favours the move it does, for the debrief.
    pub debriefs: &'static [&'static str],
}

impl Interpretation {
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
