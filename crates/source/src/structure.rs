//! The structure of the content, which no language changes, read from TOML with serde:
//! `bank.toml` (dimensions, items and scenarios: ids, order, poles, keys, forms, sources) and
//! `interpretation.toml` (what each archetype, action and agility text traces to). Unknown fields
//! are refused; every rule the scoring relies on is checked here, with the line it concerns.

use std::ops::Range;

use radar_core::bank::{
    Bank, Dimension, Hat, Item, Keying, Pole, Scenario, ScenarioOption, DIMENSIONS, ITEMS_PER_POLE,
    OPTIONS_PER_SCENARIO,
};
use radar_core::citation::Reference;
use radar_core::interpretation::{ActionText, AgilityText, ArchetypeText, Interpretation};
use radar_core::scoring::Archetype;
use serde::Deserialize;
use toml::Spanned;

use super::{line_of, SourceError, BANK_FILE, INTERPRETATION_FILE, REFERENCES_FILE};

/// `bank.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BankFile {
    dimension: Vec<DimensionEntry>,
    item: Vec<ItemEntry>,
    scenario: Vec<ScenarioEntry>,
}

/// `[[dimension]]`: its texts are the Fluent message `dimension-<id>`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DimensionEntry {
    id: Spanned<String>,
    lead_about: String,
    manage_about: String,
    source: String,
}

/// `[[item]]`: its statements are the Fluent message `item-<id>`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemEntry {
    id: Spanned<String>,
    dimension: Spanned<String>,
    pole: Pole,
    key: Keying,
    short: bool,
    no_opportunity: bool,
    source: String,
}

/// `[[scenario]]`: its texts are the Fluent message `scenario-<id>`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioEntry {
    id: Spanned<String>,
    pair: Option<String>,
    stage: Option<Spanned<u8>>,
    hat: Spanned<Hat>,
    options: Spanned<Vec<OptionEntry>>,
    source: String,
}

/// One of a scenario's `options`, a to d in order.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionEntry {
    hat: Hat,
    key: Spanned<i8>,
}

/// `interpretation.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InterpretationFile {
    archetype: Vec<SourcedEntry>,
    action: Vec<SourcedEntry>,
    agility: AgilityEntry,
}

/// An archetype (`archetype-<id>` in Fluent) or an action (`action-<dimension>-<pole>`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcedEntry {
    id: Spanned<String>,
    source: String,
}

/// `references.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferencesFile {
    reference: Vec<ReferenceEntry>,
}

/// `[[reference]]`: a work the sources cite.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferenceEntry {
    id: Spanned<String>,
    cite: String,
    entry: String,
}

/// `[agility]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AgilityEntry {
    source: String,
}

/// Reads a TOML file into `T`, a syntax or shape error with its line.
fn read<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, SourceError> {
    toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(0, |span| line_of(text, span.start));
        SourceError::new(file, line, e.message().trim_end())
    })
}

fn leak(text: String) -> &'static str {
    String::leak(text)
}

/// Reads `bank.toml` into a bank with every text empty (the texts are each language's), checking
/// the rules the scoring relies on: eight dimensions; per pole three items, one reverse-keyed, one
/// positive short-form item; per scenario four options with one best and one worst; stage 2 right
/// after stage 1.
pub fn bank(text: &str) -> Result<Bank, SourceError> {
    let file: BankFile = read(BANK_FILE, text)?;
    let at = |span: Range<usize>, message: String| {
        SourceError::new(BANK_FILE, line_of(text, span.start), message)
    };
    let whole = |message: String| SourceError::new(BANK_FILE, 0, message);

    let mut ids: Vec<(&str, &str)> = Vec::new();
    let spans = file
        .dimension
        .iter()
        .map(|d| ("dimension", &d.id))
        .chain(file.item.iter().map(|i| ("item", &i.id)))
        .chain(file.scenario.iter().map(|s| ("scenario", &s.id)));
    for (kind, id) in spans {
        if ids.contains(&(kind, id.get_ref())) {
            return Err(at(
                id.span(),
                format!("duplicate {kind} id `{}`", id.get_ref()),
            ));
        }
        if !is_id(id.get_ref()) {
            return Err(at(
                id.span(),
                format!(
                    "`{}`: an id is lower-case letters, digits and hyphens",
                    id.get_ref()
                ),
            ));
        }
        ids.push((kind, id.get_ref()));
    }

    if file.dimension.len() != DIMENSIONS {
        return Err(whole(format!(
            "expected {DIMENSIONS} dimensions, found {}",
            file.dimension.len()
        )));
    }
    let dimensions: Vec<Dimension> = file
        .dimension
        .iter()
        .map(|d| Dimension {
            id: leak(d.id.get_ref().clone()),
            name: "",
            lead: "",
            manage: "",
            lead_about: leak(d.lead_about.clone()),
            manage_about: leak(d.manage_about.clone()),
            source: leak(d.source.clone()),
        })
        .collect();

    let mut items = Vec::new();
    for entry in &file.item {
        let dimension = dimensions
            .iter()
            .position(|d| d.id == entry.dimension.get_ref())
            .ok_or_else(|| {
                at(
                    entry.dimension.span(),
                    format!("unknown dimension `{}`", entry.dimension.get_ref()),
                )
            })?;
        items.push(Item {
            id: leak(entry.id.get_ref().clone()),
            dimension,
            pole: entry.pole,
            keying: entry.key,
            short: entry.short,
            no_opportunity: entry.no_opportunity,
            text: "",
            observer: "",
            source: leak(entry.source.clone()),
        });
    }
    check_poles(&items, &dimensions).map_err(whole)?;

    let mut scenarios = Vec::new();
    for entry in &file.scenario {
        scenarios.push(scenario(entry, &at)?);
    }
    check_pairs(&scenarios).map_err(whole)?;
    Ok(Bank {
        dimensions: dimensions.leak(),
        items: items.leak(),
        scenarios: scenarios.leak(),
    })
}

/// Whether `id` can name a Fluent message: lower-case ASCII letters, digits and hyphens, starting
/// with a letter.
fn is_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn check_poles(items: &[Item], dimensions: &[Dimension]) -> Result<(), String> {
    for (index, dimension) in dimensions.iter().enumerate() {
        for pole in Pole::BOTH {
            let of_pole: Vec<&Item> = items
                .iter()
                .filter(|i| i.dimension == index && i.pole == pole)
                .collect();
            let what = format!("{} {}", dimension.id, pole.id());
            if of_pole.len() != ITEMS_PER_POLE {
                return Err(format!(
                    "{what}: expected {ITEMS_PER_POLE} items, found {}",
                    of_pole.len()
                ));
            }
            let reverse = of_pole
                .iter()
                .filter(|i| i.keying == Keying::Reverse)
                .count();
            if reverse != 1 {
                return Err(format!(
                    "{what}: expected 1 reverse-keyed item, found {reverse}"
                ));
            }
            let short: Vec<&&Item> = of_pole.iter().filter(|i| i.short).collect();
            match short.as_slice() {
                [one] if one.keying == Keying::Positive => {}
                [_] => {
                    return Err(format!(
                        "{what}: the short-form item must be positively keyed"
                    ))
                }
                _ => {
                    return Err(format!(
                        "{what}: expected 1 short-form item, found {}",
                        short.len()
                    ))
                }
            }
        }
    }
    Ok(())
}

fn scenario(
    entry: &ScenarioEntry,
    at: &impl Fn(Range<usize>, String) -> SourceError,
) -> Result<Scenario, SourceError> {
    let id = entry.id.get_ref();
    if *entry.hat.get_ref() == Hat::Avoid {
        return Err(at(
            entry.hat.span(),
            format!("scenario `{id}`: its first hat is `lead` or `manage`"),
        ));
    }
    let stage = match (&entry.pair, &entry.stage) {
        (None, None) => None,
        (Some(pair), Some(stage)) => match *stage.get_ref() {
            n @ (1 | 2) => Some((leak(pair.clone()), n)),
            _ => {
                return Err(at(
                    stage.span(),
                    format!("scenario `{id}`: stage must be 1 or 2"),
                ))
            }
        },
        _ => {
            return Err(at(
                entry.id.span(),
                format!("scenario `{id}`: `pair` and `stage` go together"),
            ))
        }
    };
    let options = entry.options.get_ref();
    if options.len() != OPTIONS_PER_SCENARIO {
        return Err(at(
            entry.options.span(),
            format!(
                "scenario `{id}`: expected {OPTIONS_PER_SCENARIO} options, found {}",
                options.len()
            ),
        ));
    }
    if let Some(bad) = options.iter().find(|o| !(-1..=2).contains(o.key.get_ref())) {
        return Err(at(
            bad.key.span(),
            format!("scenario `{id}`: key must be -1, 0, 1 or 2"),
        ));
    }
    let count = |k: i8| options.iter().filter(|o| *o.key.get_ref() == k).count();
    if count(2) != 1 || count(-1) != 1 {
        return Err(at(
            entry.options.span(),
            format!("scenario `{id}`: exactly one option keyed 2 (best) and one keyed -1 (worst)"),
        ));
    }
    let options: Vec<ScenarioOption> = options
        .iter()
        .map(|o| ScenarioOption {
            hat: o.hat,
            key: *o.key.get_ref(),
            text: "",
        })
        .collect();
    Ok(Scenario {
        id: leak(id.clone()),
        title: "",
        prompt: "",
        hat: *entry.hat.get_ref(),
        stage,
        options: options.leak(),
        source: leak(entry.source.clone()),
    })
}

fn check_pairs(scenarios: &[Scenario]) -> Result<(), String> {
    if scenarios.is_empty() {
        return Err("no scenarios".into());
    }
    for (index, scenario) in scenarios.iter().enumerate() {
        match scenario.stage {
            Some((pair, 1)) => {
                let next = scenarios.get(index + 1).and_then(|s| s.stage);
                if next != Some((pair, 2)) {
                    return Err(format!("pair `{pair}`: stage 2 must follow stage 1"));
                }
            }
            Some((pair, _)) => {
                let previous = index.checked_sub(1).and_then(|i| scenarios[i].stage);
                if previous != Some((pair, 1)) {
                    return Err(format!("pair `{pair}`: stage 2 without stage 1"));
                }
            }
            None => {}
        }
    }
    Ok(())
}

/// Reads `references.toml`: each work once, every field written.
pub fn references(text: &str) -> Result<Vec<Reference>, SourceError> {
    let file: ReferencesFile = read(REFERENCES_FILE, text)?;
    let mut references: Vec<Reference> = Vec::new();
    for entry in file.reference {
        let id = entry.id.get_ref();
        let line = line_of(text, entry.id.span().start);
        if references.iter().any(|r| r.id == id) {
            return Err(SourceError::new(
                REFERENCES_FILE,
                line,
                format!("duplicate reference `{id}`"),
            ));
        }
        if entry.cite.trim().is_empty() || entry.entry.trim().is_empty() {
            return Err(SourceError::new(
                REFERENCES_FILE,
                line,
                format!("reference `{id}`: empty `cite` or `entry`"),
            ));
        }
        references.push(Reference {
            id: leak(id.clone()),
            cite: leak(entry.cite),
            entry: leak(entry.entry),
        });
    }
    Ok(references)
}

/// Reads `interpretation.toml` into the interpretation texts' structure, every text empty:
/// the archetypes in the order of [`Archetype::ALL`], an action for each pole of each dimension of
/// `bank` in its order, and the agility texts.
pub fn interpretation(text: &str, bank: &Bank) -> Result<Interpretation, SourceError> {
    let file: InterpretationFile = read(INTERPRETATION_FILE, text)?;
    let expected_archetypes = Archetype::ALL.iter().map(|a| a.id().to_owned());
    let archetypes = in_order(text, "archetype", &file.archetype, expected_archetypes)?
        .into_iter()
        .map(|source| ArchetypeText {
            name: "",
            when: "",
            summary: "",
            next: "",
            source,
        })
        .collect::<Vec<_>>();
    let expected_actions = bank
        .dimensions
        .iter()
        .flat_map(|d| Pole::BOTH.map(|pole| format!("{}-{}", d.id, pole.id())));
    let sources = in_order(text, "action", &file.action, expected_actions)?;
    let action = |source| ActionText {
        suggests: "",
        action: "",
        source,
    };
    let actions = sources
        .chunks(2)
        .map(|pair| [action(pair[0]), action(pair[1])])
        .collect::<Vec<_>>();
    Ok(Interpretation {
        archetypes: archetypes.leak(),
        actions: actions.leak(),
        agility: AgilityText {
            high: "",
            middle: "",
            low: "",
            switched: "",
            skipped: "",
            source: leak(file.agility.source),
        },
        references: &[],
        debriefs: &[],
    })
}

/// The sources of `entries`, which must have exactly the `expected` ids in that order.
fn in_order(
    text: &str,
    kind: &str,
    entries: &[SourcedEntry],
    expected: impl Iterator<Item = String>,
) -> Result<Vec<&'static str>, SourceError> {
    let expected: Vec<String> = expected.collect();
    let mut sources = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        let line = line_of(text, entry.id.span().start);
        let id = entry.id.get_ref();
        match expected.get(index) {
            Some(wanted) if wanted == id => sources.push(leak(entry.source.clone())),
            Some(wanted) if expected.contains(id) => {
                return Err(SourceError::new(
                    INTERPRETATION_FILE,
                    line,
                    format!("{kind} `{id}` is out of order or repeated: expected `{wanted}` here"),
                ))
            }
            _ => {
                return Err(SourceError::new(
                    INTERPRETATION_FILE,
                    line,
                    format!("unknown {kind} `{id}`"),
                ))
            }
        }
    }
    if let Some(missing) = expected.get(entries.len()) {
        return Err(SourceError::new(
            INTERPRETATION_FILE,
            0,
            format!("missing {kind} `{missing}`"),
        ));
    }
    Ok(sources)
}
