//! The five languages: which one a visitor gets, and one language's texts as values.
//!
//! English is the content crate's, compiled in. A translation (`data/locales/<lang>.ini` in the
//! content crate) is checked here against the English texts, every section and key, every item and
//! option, at build time (the native tests also hold each text's placeholders to English's), and the
//! browser fetches its compact form. Nothing here keeps a "current" language: whatever is written in
//! a language takes its [`Texts`] as a parameter, and the app alone knows which one is on show.

use super::bank::{Bank, Dimension, Item, Pole, Scenario, ScenarioOption};
use super::ini::{self, ContentError, Reader};
use super::interpretation::{ActionText, AgilityText, ArchetypeText, Interpretation};
use super::scoring::Archetype;
use super::text::{ui_section_keys, ReportText, ScreenText, UiText};

/// A language the assessment speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, compiled in.
    #[default]
    En,
    /// French.
    Fr,
    /// German.
    De,
    /// Spanish.
    Es,
    /// Arabic, written right to left.
    Ar,
}

impl Lang {
    /// Every language, in the switcher's order.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fr, Lang::De, Lang::Es, Lang::Ar];

    /// The BCP 47 code, as in `<html lang>` and the `lang` URL parameter.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in itself, as the switcher lists it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    /// Whether the script runs right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// `ltr` or `rtl`, as in `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language of a tag such as `fr`, `fr-CA` or `AR_eg` (its primary subtag); `None` when it
    /// is not one of ours.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    /// The language to use: the URL's `lang`, else the first of the browser's preferred languages
    /// that we have, else English.
    pub fn negotiate(param: Option<Lang>, preferred: &[String]) -> Lang {
        param
            .or_else(|| preferred.iter().find_map(|tag| Lang::from_tag(tag)))
            .unwrap_or_default()
    }
}

/// Every text of the assessment in one language.
#[derive(Debug)]
pub struct Locale {
    /// Which language this is.
    pub lang: Lang,
    /// The app's screens.
    pub ui: &'static UiText,
    /// Items, scenarios and dimension names (structure identical to English).
    pub bank: &'static Bank,
    /// The texts of the results, team view, comparison and observer form; `None` for English
    /// (the content crate's `ENGLISH_REPORT`, which only the full module links) and for a translation read by the app, which
    /// never shows them.
    pub report: Option<&'static ReportTexts>,
}

/// The texts only the full module shows.
#[derive(Debug)]
pub struct ReportTexts {
    /// The results document, team view and comparison.
    pub report: ReportText,
    /// The full module's screens.
    pub screens: ScreenText,
    /// Archetypes, actions and agility texts.
    pub interpretation: Interpretation,
    /// The observer form's statements, in bank order.
    pub observer: &'static [&'static str],
}

impl ReportTexts {
    /// A translation's report texts, kept for the page's lifetime.
    pub fn gathered(
        report: ReportText,
        screens: ScreenText,
        archetypes: Vec<ArchetypeText>,
        actions: Vec<[ActionText; 2]>,
        agility: AgilityText,
        observer: Vec<&'static str>,
    ) -> ReportTexts {
        ReportTexts {
            report,
            screens,
            interpretation: Interpretation {
                archetypes: archetypes.leak(),
                actions: actions.leak(),
                agility,
            },
            observer: observer.leak(),
        }
    }
}

/// One language's texts for the screens after the statements and the results document. Whatever
/// is written in a language is passed this value.
#[derive(Debug, Clone, Copy)]
pub struct Texts {
    /// Which language this is.
    pub lang: Lang,
    /// The first screens' strings.
    pub ui: &'static UiText,
    /// Items, scenarios and dimension names.
    pub bank: &'static Bank,
    /// The results document's, team view's and comparison's strings.
    pub report: &'static ReportText,
    /// The later screens' strings.
    pub screens: &'static ScreenText,
    /// Archetypes, actions and agility texts.
    pub interpretation: &'static Interpretation,
    /// The observer form's statements, in bank order.
    pub observer: &'static [&'static str],
}

impl Texts {
    /// A locale's texts, with `fallback` (English's) for the report texts it was read without.
    pub fn of(locale: &Locale, fallback: &'static ReportTexts) -> Texts {
        let report = locale.report.unwrap_or(fallback);
        Texts {
            lang: locale.lang,
            ui: locale.ui,
            bank: locale.bank,
            report: &report.report,
            screens: &report.screens,
            interpretation: &report.interpretation,
            observer: report.observer,
        }
    }
}

impl Locale {
    /// A translation's screen texts, kept for the page's lifetime; the report's are added after.
    pub fn translated(
        lang: Lang,
        ui: UiText,
        dimensions: Vec<Dimension>,
        items: Vec<Item>,
        scenarios: Vec<Scenario>,
    ) -> Locale {
        Locale {
            lang,
            ui: Box::leak(Box::new(ui)),
            bank: Box::leak(Box::new(Bank {
                dimensions: dimensions.leak(),
                items: items.leak(),
                scenarios: scenarios.leak(),
            })),
            report: None,
        }
    }

    /// Reads a whole translation file against `english`: every section and key of the English
    /// texts, nothing else, no empty value. Only the build and the tests read these; the browser
    /// gets the compact form.
    pub fn parse(lang: Lang, text: &str, english: &Texts) -> Result<Locale, ContentError> {
        read(text, |reader| {
            let mut locale = screens(lang, reader, english.bank)?;
            locale.report = Some(Box::leak(Box::new(report_texts(reader, english)?)));
            Ok(locale)
        })
    }
}

/// Reads `text` (kept for the page's lifetime) with `body`, then refuses any section it left unread.
fn read(
    text: &str,
    body: impl FnOnce(&mut Reader<'_>) -> Result<Locale, ContentError>,
) -> Result<Locale, ContentError> {
    let text: &'static str = String::leak(text.to_owned());
    let sections = ini::parse(text)?;
    let mut reader = Reader::new(&sections);
    let locale = body(&mut reader)?;
    reader.finish()?;
    Ok(locale)
}

/// The UI strings, dimension names, items and scenarios.
fn screens(lang: Lang, reader: &mut Reader<'_>, english: &Bank) -> Result<Locale, ContentError> {
    let section = reader.section("ui", "")?;
    section.only_keys(&ui_section_keys())?;
    let ui = UiText::from_section(section)?;

    let mut dimensions = Vec::new();
    for dimension in english.dimensions {
        let s = reader.section("dimension", dimension.id)?;
        s.only_keys(&["name", "lead", "manage"])?;
        dimensions.push(Dimension {
            name: s.get("name")?,
            lead: s.get("lead")?,
            manage: s.get("manage")?,
            ..dimension.clone()
        });
    }
    let mut items = Vec::new();
    for item in english.items {
        let s = reader.section("item", item.id)?;
        s.only_keys(&["text", "observer"])?;
        items.push(Item {
            text: s.get("text")?,
            // Kept out of the bank as in English; the report texts hold them.
            observer: "",
            ..item.clone()
        });
    }
    let mut scenarios = Vec::new();
    for scenario in english.scenarios {
        let s = reader.section("scenario", scenario.id)?;
        s.only_keys(&["title", "prompt", "option"])?;
        let lines = s.all("option");
        if lines.len() != scenario.options.len() {
            return Err(s.error(format!("needs {} options", scenario.options.len())));
        }
        let mut options = Vec::new();
        for ((value, line), (option, letter)) in
            lines.into_iter().zip(scenario.options.iter().zip('a'..))
        {
            let text = value
                .split_once(" | ")
                .filter(|(key, _)| key.trim() == letter.to_string())
                .map(|(_, text)| text.trim())
                .filter(|text| !text.is_empty())
                .ok_or_else(|| {
                    ContentError::new(line, format!("expected `option = {letter} | text`"))
                })?;
            options.push(ScenarioOption {
                text,
                ..option.clone()
            });
        }
        scenarios.push(Scenario {
            title: s.get("title")?,
            prompt: s.get("prompt")?,
            options: options.leak(),
            ..scenario.clone()
        });
    }
    Ok(Locale::translated(lang, ui, dimensions, items, scenarios))
}

/// The report's strings, the interpretation texts and the observer statements.
fn report_texts(reader: &mut Reader<'_>, english: &Texts) -> Result<ReportTexts, ContentError> {
    let report = {
        let section = reader.section("report", "")?;
        section.only_keys(ReportText::KEYS)?;
        ReportText::from_section(section)?
    };
    let screens = ScreenText::from_section(reader.section("ui", "")?)?;

    let mut observer = Vec::new();
    for item in english.bank.items {
        observer.push(reader.section("item", item.id)?.get("observer")?);
    }
    let texts = english.interpretation;
    let mut archetypes = Vec::new();
    for (archetype, original) in Archetype::ALL.iter().zip(texts.archetypes) {
        let s = reader.section("archetype", archetype.id())?;
        s.only_keys(&["name", "when", "summary", "next"])?;
        archetypes.push(ArchetypeText {
            name: s.get("name")?,
            when: s.get("when")?,
            summary: s.get("summary")?,
            next: s.get("next")?,
            source: original.source,
        });
    }
    let mut actions = Vec::new();
    for (dimension, pair) in english.bank.dimensions.iter().zip(texts.actions) {
        let mut action = |pole: Pole, original: &ActionText| {
            let s = reader.section("action", &format!("{}-{}", dimension.id, pole.id()))?;
            s.only_keys(&["suggests", "action"])?;
            Ok::<_, ContentError>(ActionText {
                suggests: s.get("suggests")?,
                action: s.get("action")?,
                source: original.source,
            })
        };
        actions.push([
            action(Pole::Lead, &pair[0])?,
            action(Pole::Manage, &pair[1])?,
        ]);
    }
    let s = reader.section("agility", "info")?;
    s.only_keys(&["high", "middle", "low", "switched", "skipped"])?;
    let agility = AgilityText {
        high: s.get("high")?,
        middle: s.get("middle")?,
        low: s.get("low")?,
        switched: s.get("switched")?,
        skipped: s.get("skipped")?,
        source: texts.agility.source,
    };
    Ok(ReportTexts::gathered(
        report, screens, archetypes, actions, agility, observer,
    ))
}
