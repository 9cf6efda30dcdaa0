//! Leadership Radar's content, compiled in: `build.rs` reads and checks the sources in `data/` (the
//! structure in TOML, `bank.toml` and `interpretation.toml`; every text in Fluent,
//! `locales/<lang>.ftl`) with `radar-source` and writes them out as static data, so invalid content
//! fails the build with its file and line, and the app does no parsing at start-up. Also the compact form of a translation ([`compact`]), which the
//! browser fetches.
//!
//! The English texts come in two parts, so that a module links only what it shows: [`ENGLISH`]
//! (the first screens' strings and the bank) and [`ENGLISH_REPORT`] (the results document's, the
//! later screens' and the interpretation texts), which only the full module refers to.

pub mod compact;

use radar_core::bank::{Bank, Dimension, Hat, Item, Keying, Pole, Scenario, ScenarioOption};
use radar_core::citation::Reference;
use radar_core::interpretation::{ActionText, AgilityText, ArchetypeText, Interpretation};
use radar_core::locale::{Lang, Locale, ReportTexts, Texts};
use radar_core::text::{ReportText, ScreenText, UiText};

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The compiled-in English texts of the first screens: the UI strings and the bank. Their report
/// texts are [`ENGLISH_REPORT`].
pub static ENGLISH: Locale = Locale {
    lang: Lang::En,
    ui: &UI,
    bank: &BANK,
    report: None,
};

/// The bank from `data/bank.toml` with the texts of `data/locales/en.ftl`. In the browser build the texts it never shows (sources, pole
/// descriptions) are left empty to keep the download small; native builds carry them all. Its
/// structure (ids, poles, keys, order) is every language's.
pub fn bank() -> &'static Bank {
    &BANK
}

/// A locale's texts for the later screens and the results document, with English's report texts
/// where it was read without them.
pub fn texts(locale: &Locale) -> Texts {
    Texts::of(locale, &ENGLISH_REPORT)
}

/// The English texts, whole.
pub fn english_texts() -> Texts {
    texts(&ENGLISH)
}
