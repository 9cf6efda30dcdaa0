//! Reads Leadership Radar's content sources into the core's types, checking every rule the app
//! relies on, with errors that name the file, the line and what is wrong.
//!
//! The sources live in the content crate's `data/` folder, in two standard formats:
//! - the **structure**, which no language changes (ids, order, poles, keys, forms, scenario keys and
//!   the source each text traces to), in TOML: `bank.toml` and `interpretation.toml`, read with
//!   serde ([`structure`]);
//! - **every text**, English included, in Fluent (`locales/<lang>.ftl`), the format translation
//!   tools read ([`catalog`]). English and each translation have the same messages and attributes,
//!   and one routine fills the structure from any of them ([`fill`]).
//!
//! Only the content crate's build script, its `compile-locales` tool and the tests use this crate:
//! the app ships the compiled result, never a parser.

#![forbid(unsafe_code)]

pub mod catalog;
mod fill;
mod pattern;
pub mod structure;

use std::fmt;
use std::path::Path;

use radar_core::bank::Bank;
use radar_core::interpretation::Interpretation;
use radar_core::locale::{Lang, Locale, ReportTexts, Texts};
use radar_core::text::{ReportText, ScreenText, UiText};

pub use catalog::Catalog;

/// The structure of the bank, relative to the data folder.
pub const BANK_FILE: &str = "bank.toml";
/// The sources of the interpretation texts, relative to the data folder.
pub const INTERPRETATION_FILE: &str = "interpretation.toml";
/// The works the sources cite, relative to the data folder.
pub const REFERENCES_FILE: &str = "references.toml";

/// A language's texts, relative to the data folder: `locales/<code>.ftl`.
pub fn locale_file(lang: Lang) -> String {
    format!("locales/{}.ftl", lang.code())
}

/// What is wrong with a source file, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    /// The file, relative to the data folder (such as `bank.toml`).
    pub file: String,
    /// The 1-based line, or 0 when the problem concerns the whole file.
    pub line: usize,
    /// What is wrong, in words.
    pub message: String,
}

impl SourceError {
    /// An error in `file` at `line`.
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> SourceError {
        SourceError {
            file: file.to_owned(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => write!(f, "{}: {}", self.file, self.message),
            line => write!(f, "{}:{line}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for SourceError {}

/// The 1-based line of byte `offset` in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.len()))
        .map_or(0, |before| before.matches('\n').count())
        + 1
}

/// The three English sources, as text.
#[derive(Debug, Clone, Copy)]
pub struct EnglishSources<'a> {
    /// `bank.toml`.
    pub bank: &'a str,
    /// `interpretation.toml`.
    pub interpretation: &'a str,
    /// `references.toml`.
    pub references: &'a str,
    /// `locales/en.ftl`.
    pub texts: &'a str,
}

impl EnglishSources<'static> {
    /// Reads the three files from the data folder.
    pub fn read(data: &Path) -> Result<EnglishSources<'static>, SourceError> {
        let read = |name: &str| read_file(data, name).map(|t| &*String::leak(t));
        Ok(EnglishSources {
            bank: read(BANK_FILE)?,
            interpretation: read(INTERPRETATION_FILE)?,
            references: read(REFERENCES_FILE)?,
            texts: read(&locale_file(Lang::En))?,
        })
    }
}

/// Reads `name` in the data folder, or says why not.
pub fn read_file(data: &Path, name: &str) -> Result<String, SourceError> {
    std::fs::read_to_string(data.join(name)).map_err(|e| SourceError::new(name, 0, e.to_string()))
}

/// Every English text with the structure: what `build.rs` compiles in.
#[derive(Debug, Clone)]
pub struct English {
    /// The bank, texts included (observer statements too).
    pub bank: Bank,
    /// The first screens' strings.
    pub ui: UiText,
    /// The full module's screens' strings.
    pub screens: ScreenText,
    /// The results document's strings.
    pub report: ReportText,
    /// Archetypes, actions and agility, with their sources.
    pub interpretation: Interpretation,
}

/// Reads and checks the English content: the structure, then every text from `locales/en.ftl`.
pub fn english(sources: EnglishSources<'_>) -> Result<English, SourceError> {
    let skeleton = structure::bank(sources.bank)?;
    let mut interpretation = structure::interpretation(sources.interpretation, &skeleton)?;
    interpretation.references = structure::references(sources.references)?.leak();
    let mut catalog = Catalog::parse(Lang::En, sources.texts)?;
    let filled = fill::fill(&skeleton, &interpretation, &mut catalog)?;
    catalog.finish()?;
    fill::check_observer_statements(&filled.bank, &catalog)?;
    Ok(English {
        bank: filled.bank,
        ui: filled.ui,
        screens: filled.screens,
        report: filled.report,
        interpretation: filled.interpretation,
    })
}

/// Reads and checks a translation (`locales/<lang>.ftl`) against the English structure: the same
/// messages and attributes as English, nothing else, none empty.
pub fn translation(lang: Lang, texts: &str, english: &Texts) -> Result<Locale, SourceError> {
    let mut catalog = Catalog::parse(lang, texts)?;
    let filled = fill::fill(english.bank, english.interpretation, &mut catalog)?;
    catalog.finish()?;
    let observer: Vec<&'static str> = filled.bank.items.iter().map(|i| i.observer).collect();
    let mut items = filled.bank.items.to_vec();
    for item in &mut items {
        // Kept out of the bank as in English's browser build; the report texts hold them.
        item.observer = "";
    }
    let mut locale = Locale::translated(
        lang,
        filled.ui,
        filled.bank.dimensions.to_vec(),
        items,
        filled.bank.scenarios.to_vec(),
    );
    locale.report = Some(Box::leak(Box::new(ReportTexts::gathered(
        filled.report,
        filled.screens,
        filled.interpretation,
        observer,
    ))));
    Ok(locale)
}
