//! The results document: radar, scores table, pattern, agility, focus areas, development plan and
//! caveats, rendered from a session as HTML by pure code.
//!
//! It is its own small wasm module (`src/bin/companion.rs`), loaded only when results are near, so
//! scoring, interpretation texts and results markup stay out of the first load; the same markup
//! serves the page, print and, later, exports.

pub mod agility;
pub mod focus;
pub mod markup;
pub mod pattern;
pub mod plan;
pub mod radar;
pub mod table;

use markup::Markup;

use super::bank::Bank;
use super::flow::{Scenarios, Session};
use super::record::{self, RecordError};
use super::result_code::{self, CodeError};
use super::scoring::{score, Report};
use super::text::{fill, ReportText};

/// Scores a session and renders its results document.
pub fn document(session: &Session) -> String {
    let report = score(
        Bank::current(),
        session.form,
        &session.responses,
        session.scenarios == Scenarios::Taken,
    );
    render(&report)
}

/// Renders the results document of a scored session.
pub fn render(report: &Report) -> String {
    let mut m = Markup::new();
    m.raw("<div class=\"results-chart\"><div class=\"results-visual\">");
    radar::write(&mut m, &report.dimensions, &radar_summary(report));
    pattern::write(&mut m, report);
    m.raw("</div>");
    table::write(&mut m, &report.dimensions);
    m.raw("</div><div class=\"results-cards\">");
    agility::write(&mut m, report.agility);
    focus::write(&mut m, report);
    m.raw("</div>");
    plan::write(&mut m, report);
    caveats(&mut m);
    m.finish()
}

/// Decodes a saved record and renders its results: the entry point of the companion module.
pub fn document_for_record(text: &str) -> Result<String, RecordError> {
    record::decode(Bank::current(), text).map(|session| document(&session))
}

/// Decodes a result code (from a shared link) and renders its results; a refused code is
/// explained in words.
pub fn document_for_code(text: &str) -> Result<String, String> {
    match result_code::decode_self(Bank::current(), text) {
        Ok(session) => Ok(document(&session)),
        Err(error) => Err(explain_code_error(error).to_string()),
    }
}

/// What is wrong with a result code, for the person who opened the link.
pub fn explain_code_error(error: CodeError) -> &'static str {
    let ui = ReportText::current();
    match error {
        CodeError::Empty => ui.shared_error_empty(),
        CodeError::Unrecognised => ui.shared_error_unrecognised(),
        CodeError::OldVersion(_) => ui.shared_error_old(),
        CodeError::FutureVersion(_) => ui.shared_error_future(),
        CodeError::BadCharacters | CodeError::Damaged => ui.shared_error_damaged(),
        CodeError::Invalid(_) => ui.shared_error_invalid(),
        CodeError::RaterCode => ui.shared_error_rater(),
    }
}

/// The result code of a saved record, when it holds finished results.
pub fn code_for_record(text: &str) -> Option<String> {
    let bank = Bank::current();
    let session = record::decode(bank, text).ok()?;
    result_code::encode(bank, &session)
}

/// The radar's text description: every dimension's two shown scores.
pub fn radar_summary(report: &Report) -> String {
    let ui = ReportText::current();
    let details = Bank::current()
        .dimensions
        .iter()
        .zip(&report.dimensions)
        .map(|(d, s)| {
            format!(
                "{}: {} {}, {} {}.",
                d.name,
                ui.legend_leading(),
                table::shown(s.lead),
                ui.legend_managing(),
                table::shown(s.manage)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    fill(ui.radar_summary(), &[("details", &details)])
}

/// How to read the results: self-report, not validated, not for hiring.
fn caveats(m: &mut Markup) {
    let ui = ReportText::current();
    m.raw("<section class=\"card honesty\" aria-labelledby=\"honesty-heading\"><h2 id=\"honesty-heading\">")
        .text(ui.honesty_heading())
        .raw("</h2>")
        .element("p", "", ui.honesty_self_report())
        .element("p", "", ui.honesty_not_validated())
        .raw("<p><strong>")
        .text(ui.honesty_no_hiring())
        .raw("</strong></p></section>");
}
