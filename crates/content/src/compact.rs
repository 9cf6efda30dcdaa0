//! The compact form of a translation, which the browser fetches: one text per line in a fixed order.
//!
//! The translations are written in Fluent (`data/locales/<lang>.ftl`) and read with `radar-source`
//! at build time (`compile-locales`, run by `scripts/postbuild.sh`), which refuses a broken file.
//! What is served is this form, so the app needs no Fluent reader, no lookup by id and no per-key
//! error path to take one in: it checks the header and the count, then lays the lines over the
//! English structure in order.
//!
//! A text whose words change with a number keeps every variant on its line, as the build wrote the
//! Fluent select (`بفارق {points -> [one]نقطة واحدة[two]نقطتين[few]{points} نقاط[other]{points} نقطة}.`);
//! `radar_core::text::fill` picks the variant for the number it fills in.

use radar_core::bank::{Dimension, Item, Scenario, ScenarioOption};
use radar_core::interpretation::{ActionText, AgilityText, ArchetypeText, Interpretation};
use radar_core::locale::{Lang, Locale, ReportTexts};
use radar_core::scoring::Archetype;
use radar_core::text::{ReportText, ScreenText, UiText};

use crate::{ENGLISH, ENGLISH_REPORT};

/// Why a compact translation was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The 1-based line the problem is on (0 when it concerns the whole text).
    pub line: usize,
    /// What is wrong, in words.
    pub message: String,
}

impl Refused {
    fn new(line: usize, message: impl Into<String>) -> Refused {
        Refused {
            line,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// The start of the first line; the version changes whenever the order below or what a line may
/// hold does (6: a line may hold a select on a number's plural form).
pub const MAGIC: &str = "leadership-radar translation 6";

/// The texts of each agility band, in [`AgilityText`]'s order.
const AGILITY_TEXTS: usize = 5;
/// An archetype's name, when, summary and next.
const ARCHETYPE_TEXTS: usize = 4;

/// How many lines the screens' texts take: the UI strings, each dimension's three names, each
/// item's statement, each scenario's title, prompt and options.
pub fn screens_len() -> usize {
    let bank = ENGLISH.bank;
    UiText::KEYS.len()
        + bank.dimensions.len() * 3
        + bank.items.len()
        + bank
            .scenarios
            .iter()
            .map(|s| 2 + s.options.len())
            .sum::<usize>()
}

/// How many lines the full module's texts take: the report's and its screens' strings, each item's
/// observer statement, the archetypes, two poles' actions per dimension, the agility bands and each
/// scenario's debrief.
pub fn report_len() -> usize {
    let bank = ENGLISH.bank;
    ReportText::KEYS.len()
        + ScreenText::KEYS.len()
        + bank.items.len()
        + Archetype::ALL.len() * ARCHETYPE_TEXTS
        + bank.dimensions.len() * 2 * 2
        + AGILITY_TEXTS
        + bank.scenarios.len()
}

fn header(lang: Lang) -> String {
    format!("{MAGIC} {} {} {}", lang.code(), screens_len(), report_len())
}

/// Writes a whole locale (report texts included) in the compact form; `None` when it has no report
/// texts or a text holds a line break, which the form cannot carry.
pub fn write(locale: &Locale) -> Option<String> {
    let report = locale.report?;
    let bank = locale.bank;
    let mut texts: Vec<&str> = locale.ui.entries().into_iter().map(|(_, v)| v).collect();
    for dimension in bank.dimensions {
        texts.extend([dimension.name, dimension.lead, dimension.manage]);
    }
    texts.extend(bank.items.iter().map(|item| item.text));
    for scenario in bank.scenarios {
        texts.extend([scenario.title, scenario.prompt]);
        texts.extend(scenario.options.iter().map(|option| option.text));
    }
    texts.extend(report.report.entries().into_iter().map(|(_, v)| v));
    texts.extend(report.screens.entries().into_iter().map(|(_, v)| v));
    texts.extend(report.observer.iter().copied());
    let interpretation = &report.interpretation;
    for archetype in interpretation.archetypes {
        texts.extend([
            archetype.name,
            archetype.when,
            archetype.summary,
            archetype.next,
        ]);
    }
    for action in interpretation.actions.iter().flatten() {
        texts.extend([action.suggests, action.action]);
    }
    let agility = &interpretation.agility;
    texts.extend([
        agility.high,
        agility.middle,
        agility.low,
        agility.switched,
        agility.skipped,
    ]);
    texts.extend(interpretation.debriefs.iter().copied());
    if texts.iter().any(|text| text.contains(['\n', '\r'])) {
        return None;
    }
    let mut out = header(locale.lang);
    for text in texts {
        out.push('\n');
        out.push_str(text);
    }
    out.push('\n');
    Some(out)
}

/// Reads the screens' texts of a compact translation of `lang` and passes over the report's, which
/// the app never shows. The text is kept for the page's lifetime.
pub fn read_screens(lang: Lang, text: &str) -> Result<Locale, Refused> {
    let mut texts = Lines::check(lang, text)?;
    screens(lang, &mut texts).ok_or_else(Lines::miscounted)
}

/// Reads a whole compact translation of `lang`, report texts included (the full module's).
pub fn read(lang: Lang, text: &str) -> Result<Locale, Refused> {
    let mut texts = Lines::check(lang, text)?;
    let mut locale = screens(lang, &mut texts).ok_or_else(Lines::miscounted)?;
    let report = report_texts(&mut texts).ok_or_else(Lines::miscounted)?;
    locale.report = Some(Box::leak(Box::new(report)));
    Ok(locale)
}

/// The lines of a checked compact translation, handed out in order.
struct Lines {
    all: Vec<&'static str>,
    at: usize,
}

impl Lines {
    /// Checks the header, the count and that no text is empty.
    fn check(lang: Lang, text: &str) -> Result<Lines, Refused> {
        let expected = header(lang);
        let body = text.strip_suffix('\n').unwrap_or(text);
        let (first, rest) = body.split_once('\n').unwrap_or((body, ""));
        if first != expected {
            return Err(Refused::new(1, format!("expected the header `{expected}`")));
        }
        let rest: &'static str = String::leak(rest.to_owned());
        let all: Vec<&'static str> = rest.split('\n').collect();
        let wanted = screens_len() + report_len();
        if all.len() != wanted {
            return Err(Refused::new(
                0,
                format!("holds {} texts, expected {wanted}", all.len()),
            ));
        }
        if let Some(empty) = all.iter().position(|text| text.trim().is_empty()) {
            return Err(Refused::new(empty + 2, "an empty text"));
        }
        Ok(Lines { all, at: 0 })
    }

    /// The next text; the count was checked, so this is never short.
    fn next(&mut self) -> &'static str {
        let text = self.all.get(self.at).copied().unwrap_or_default();
        self.at += 1;
        text
    }

    /// The next `n` texts.
    fn take(&mut self, n: usize) -> &[&'static str] {
        let start = self.at.min(self.all.len());
        self.at += n;
        self.all.get(start..self.at).unwrap_or_default()
    }

    /// Lengths that do not add up: unreachable once [`Lines::check`] passed, but never a panic.
    fn miscounted() -> Refused {
        Refused::new(0, "the texts do not match the English structure")
    }
}

fn screens(lang: Lang, texts: &mut Lines) -> Option<Locale> {
    let english = ENGLISH.bank;
    let ui = UiText::from_texts(texts.take(UiText::KEYS.len()))?;
    let mut next = || texts.next();
    let dimensions: Vec<Dimension> = english
        .dimensions
        .iter()
        .map(|dimension| Dimension {
            name: next(),
            lead: next(),
            manage: next(),
            ..dimension.clone()
        })
        .collect();
    let items: Vec<Item> = english
        .items
        .iter()
        .map(|item| Item {
            text: next(),
            // Kept out of the bank as in English (see `bank`); the report texts hold them.
            observer: "",
            ..item.clone()
        })
        .collect();
    let scenarios: Vec<Scenario> = english
        .scenarios
        .iter()
        .map(|scenario| {
            let (title, prompt) = (next(), next());
            let options: Vec<ScenarioOption> = scenario
                .options
                .iter()
                .map(|option| ScenarioOption {
                    text: next(),
                    ..option.clone()
                })
                .collect();
            Scenario {
                title,
                prompt,
                options: options.leak(),
                ..scenario.clone()
            }
        })
        .collect();
    Some(Locale::translated(lang, ui, dimensions, items, scenarios))
}

fn report_texts(texts: &mut Lines) -> Option<ReportTexts> {
    let interpretation = &ENGLISH_REPORT.interpretation;
    let report = ReportText::from_texts(texts.take(ReportText::KEYS.len()))?;
    let screens = ScreenText::from_texts(texts.take(ScreenText::KEYS.len()))?;
    let mut next = || texts.next();
    let observer: Vec<&'static str> = ENGLISH.bank.items.iter().map(|_| next()).collect();
    let archetypes: Vec<ArchetypeText> = interpretation
        .archetypes
        .iter()
        .map(|original| ArchetypeText {
            name: next(),
            when: next(),
            summary: next(),
            next: next(),
            source: original.source,
        })
        .collect();
    let mut action = |original: &ActionText| ActionText {
        suggests: next(),
        action: next(),
        source: original.source,
    };
    let actions: Vec<[ActionText; 2]> = interpretation
        .actions
        .iter()
        .map(|[lead, manage]| [action(lead), action(manage)])
        .collect();
    let agility = AgilityText {
        high: next(),
        middle: next(),
        low: next(),
        switched: next(),
        skipped: next(),
        source: interpretation.agility.source,
    };
    let debriefs: Vec<&'static str> = ENGLISH
        .bank
        .scenarios
        .iter()
        .map(|_| texts.next())
        .collect();
    let interpretation = Interpretation {
        archetypes: archetypes.leak(),
        actions: actions.leak(),
        agility,
        references: interpretation.references,
        debriefs: debriefs.leak(),
    };
    Some(ReportTexts::gathered(
        report,
        screens,
        interpretation,
        observer,
    ))
}
