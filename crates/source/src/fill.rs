//! Fills the structure with one language's texts: the one key walk English and every translation
//! share, so a translation has exactly English's messages and attributes.
//!
//! Message ids: the screens' and the results document's strings by their key (`app_title`);
//! `dimension-<id>` (the name; `.lead`, `.manage`); `item-<id>` (the statement; `.observer`);
//! `scenario-<id>` (the title; `.prompt`, `.option-a` to `.option-d`, and `.why`, the debrief); `archetype-<id>` (the
//! name; `.when`, `.summary`, `.next`); `action-<dimension>-<pole>` (`.suggests`, `.action`);
//! `agility` (`.high`, `.middle`, `.low`, `.switched`, `.skipped`).

use radar_core::bank::{Bank, Dimension, Item, Pole, Scenario, ScenarioOption};
use radar_core::interpretation::{ActionText, AgilityText, ArchetypeText, Interpretation};
use radar_core::scoring::Archetype;
use radar_core::text::{has_select, ReportText, ScreenText, UiText};

use super::{Catalog, SourceError};

/// One language's texts in the structure of `skeleton` and `interpretation` (whose own texts, if
/// any, are replaced).
pub(crate) struct Filled {
    pub bank: Bank,
    pub ui: UiText,
    pub screens: ScreenText,
    pub report: ReportText,
    pub interpretation: Interpretation,
}

/// Takes every text the structure needs from `catalog`; the caller then refuses any left over.
pub(crate) fn fill(
    skeleton: &Bank,
    interpretation: &Interpretation,
    catalog: &mut Catalog,
) -> Result<Filled, SourceError> {
    let mut strings = |keys: &[&str]| -> Result<Vec<&'static str>, SourceError> {
        keys.iter().map(|key| catalog.take(key)).collect()
    };
    let ui_texts = strings(UiText::KEYS)?;
    // The first-load module fills its strings without plural rules (`text::substitute`).
    for (key, text) in UiText::KEYS.iter().zip(&ui_texts) {
        if has_select(text) {
            return Err(SourceError::new(
                catalog.file(),
                catalog.line(key),
                format!(
                    "`{key}`: the first screens' strings count nothing, so they take no select"
                ),
            ));
        }
    }
    let ui = UiText::from_texts(&ui_texts);
    let screens = ScreenText::from_texts(&strings(ScreenText::KEYS)?);
    let report = ReportText::from_texts(&strings(ReportText::KEYS)?);
    let (Some(ui), Some(screens), Some(report)) = (ui, screens, report) else {
        unreachable!("one text per key");
    };

    let mut dimensions = Vec::new();
    for dimension in skeleton.dimensions {
        let id = format!("dimension-{}", dimension.id);
        dimensions.push(Dimension {
            name: catalog.take(&id)?,
            lead: catalog.take(&format!("{id}.lead"))?,
            manage: catalog.take(&format!("{id}.manage"))?,
            ..dimension.clone()
        });
    }
    let mut items = Vec::new();
    for item in skeleton.items {
        let id = format!("item-{}", item.id);
        items.push(Item {
            text: catalog.take(&id)?,
            observer: catalog.take(&format!("{id}.observer"))?,
            ..item.clone()
        });
    }
    let mut scenarios = Vec::new();
    let mut debriefs = Vec::new();
    for scenario in skeleton.scenarios {
        let id = format!("scenario-{}", scenario.id);
        let mut options = Vec::new();
        for (option, letter) in scenario.options.iter().zip('a'..) {
            options.push(ScenarioOption {
                text: catalog.take(&format!("{id}.option-{letter}"))?,
                ..option.clone()
            });
        }
        debriefs.push(catalog.take(&format!("{id}.why"))?);
        scenarios.push(Scenario {
            title: catalog.take(&id)?,
            prompt: catalog.take(&format!("{id}.prompt"))?,
            options: options.leak(),
            ..scenario.clone()
        });
    }

    let mut archetypes = Vec::new();
    for (archetype, structure) in Archetype::ALL.iter().zip(interpretation.archetypes) {
        let id = format!("archetype-{}", archetype.id());
        archetypes.push(ArchetypeText {
            name: catalog.take(&id)?,
            when: catalog.take(&format!("{id}.when"))?,
            summary: catalog.take(&format!("{id}.summary"))?,
            next: catalog.take(&format!("{id}.next"))?,
            source: structure.source,
        });
    }
    let mut actions = Vec::new();
    for (dimension, pair) in skeleton.dimensions.iter().zip(interpretation.actions) {
        let mut action = |pole: Pole, structure: &ActionText| {
            let id = format!("action-{}-{}", dimension.id, pole.id());
            Ok::<_, SourceError>(ActionText {
                suggests: catalog.take(&format!("{id}.suggests"))?,
                action: catalog.take(&format!("{id}.action"))?,
                source: structure.source,
            })
        };
        actions.push([
            action(Pole::Lead, &pair[0])?,
            action(Pole::Manage, &pair[1])?,
        ]);
    }
    let agility = AgilityText {
        high: catalog.take("agility.high")?,
        middle: catalog.take("agility.middle")?,
        low: catalog.take("agility.low")?,
        switched: catalog.take("agility.switched")?,
        skipped: catalog.take("agility.skipped")?,
        source: interpretation.agility.source,
    };

    Ok(Filled {
        bank: Bank {
            dimensions: dimensions.leak(),
            items: items.leak(),
            scenarios: scenarios.leak(),
        },
        ui,
        screens,
        report,
        interpretation: Interpretation {
            archetypes: archetypes.leak(),
            actions: actions.leak(),
            agility,
            references: interpretation.references,
            debriefs: debriefs.leak(),
        },
    })
}

/// English's observer statements speak of "this person", never in the first person: they are what
/// colleagues read about the person they rate.
pub(crate) fn check_observer_statements(bank: &Bank, catalog: &Catalog) -> Result<(), SourceError> {
    for item in bank.items {
        let lower = item.observer.to_ascii_lowercase();
        let first_person = lower
            .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
            .any(|w| matches!(w, "i" | "my" | "me" | "we" | "our" | "us"));
        if !lower.contains("this person") || first_person {
            let key = format!("item-{}.observer", item.id);
            return Err(SourceError::new(
                catalog.file(),
                catalog.line(&key),
                format!("`{key}` must speak of \"this person\", never in the first person"),
            ));
        }
    }
    Ok(())
}
