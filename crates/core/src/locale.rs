//! One language's texts as values ([`Lang`], which language a visitor gets, is in [`crate::lang`]).
//!
//! English is the content crate's, compiled in. A translation (`data/locales/<lang>.ftl` in the
//! content crate) is checked against the English structure by `radar-source` at build time (the
//! native tests also hold each text's placeholders to English's), and the browser fetches its
//! compact form. Nothing here keeps a "current" language: whatever is written in
//! a language takes its [`Texts`] as a parameter, and the app alone knows which one is on show.

use super::bank::{Bank, Dimension, Item, Scenario};
use super::interpretation::Interpretation;
use super::text::{ReportText, ScreenText, UiText};

// `Lang` has its own module so that the texts' filling (text.rs, plural.rs, number.rs) can name a
// language without depending on this one, which holds the texts themselves.
pub use super::lang::Lang;

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
        interpretation: Interpretation,
        observer: Vec<&'static str>,
    ) -> ReportTexts {
        ReportTexts {
            report,
            screens,
            interpretation,
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
}
