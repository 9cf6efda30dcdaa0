//! The content compiled into the app: `build.rs` parses and validates `content/*.ini` with the
//! core's own parsers and writes them out as static data, so the app does no parsing at start-up.

use super::bank::{Bank, Dimension, Hat, Item, Keying, Pole, Scenario, ScenarioOption};
use super::interpretation::{ActionText, AgilityText, ArchetypeText, Interpretation};
use super::text::{ReportText, ScreenText, UiText};

include!(concat!(env!("OUT_DIR"), "/content.rs"));

impl Bank {
    /// The bank in the current language (see [`super::locale`]).
    pub fn current() -> &'static Bank {
        super::locale::current().bank
    }

    /// The bank from `content/bank.ini`. In the browser build the texts it never shows (sources,
    /// pole descriptions) are left empty to keep the download small; native builds carry them all.
    pub fn builtin() -> &'static Bank {
        &BANK
    }
}

/// The observer form's statement of each bank item ("This person ..."), in bank order and the
/// current language. Only the companion module uses them, so they are not part of the app's first load.
pub fn observer_statements() -> &'static [&'static str] {
    super::locale::current()
        .report
        .map_or(&OBSERVER, |texts| texts.observer)
}

impl Interpretation {
    /// The texts in the current language (see [`super::locale`]).
    pub fn current() -> &'static Interpretation {
        super::locale::current()
            .report
            .map_or(&INTERPRETATION, |texts| &texts.interpretation)
    }

    /// The texts from `content/interpretation.ini`.
    pub fn builtin() -> &'static Interpretation {
        &INTERPRETATION
    }
}

impl UiText {
    /// The texts in the current language (see [`super::locale`]).
    pub fn current() -> &'static UiText {
        super::locale::current().ui
    }

    /// The English strings from `content/ui.ini`.
    pub fn builtin() -> &'static UiText {
        &UI
    }
}

impl ScreenText {
    /// The texts in the current language (see [`super::locale`]).
    pub fn current() -> &'static ScreenText {
        super::locale::current()
            .report
            .map_or(&SCREEN_UI, |texts| &texts.screens)
    }

    /// The English strings from `content/ui.ini`.
    pub fn builtin() -> &'static ScreenText {
        &SCREEN_UI
    }
}

impl ReportText {
    /// The texts in the current language (see [`super::locale`]).
    pub fn current() -> &'static ReportText {
        super::locale::current()
            .report
            .map_or(&REPORT_UI, |texts| &texts.report)
    }

    /// The English strings from `content/report.ini`.
    pub fn builtin() -> &'static ReportText {
        &REPORT_UI
    }
}
