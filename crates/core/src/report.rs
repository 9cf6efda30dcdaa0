//! The results document, rendered from a session as HTML by pure code, in parts: the summary's
//! (the pattern in one sentence, the radar, the priorities), which open the page,
//! then the details (a note on the answers when they call for one, the plan, the pattern card, the scores table, agility, the scenarios'
//! debrief, caveats and the works cited). The results screen puts its actions between them.
//!
//! Only the full module renders it, so scoring, interpretation texts and results markup stay out of
//! the first load; the same markup serves the page and print. Every function takes the language's
//! [`Texts`] it writes in.

pub mod agility;
pub mod brief;
pub mod debrief;
pub mod docs;
pub mod markup;
pub mod pattern;
pub mod plan;
pub mod quality;
pub mod radar;
pub mod table;

use markup::Markup;

use super::bank::{Bank, Form};
use super::citation;
use super::flow::{Scenarios, Session};
use super::locale::Texts;
use super::number;
use super::priorities::Chosen;
use super::record::{self, RecordError};
use super::result_code::{self, CodeError};
use super::scoring::{score, Report, HIGH};
use super::text::fill;

/// The line between the patterns ([`HIGH`]) as the language writes it ("62,5" in French): the one
/// source of the figure in every text that names it (`{line}`: the radar's legend, each pattern's
/// condition, the caveats).
pub fn cut_off(t: &Texts) -> String {
    number::written(t.lang, HIGH)
}

/// The results document's parts, as HTML: the summary's (pattern, radar, priorities), then the
/// details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The pattern in one sentence.
    pub pattern: String,
    /// The radar figure.
    pub radar: String,
    /// The priorities, each with its action.
    pub priorities: String,
    /// Everything else, from the plan to the works cited.
    pub details: String,
}

impl Document {
    /// The whole document, to be read (a shared link, a rater's view): the summary, then the
    /// details.
    pub fn join(&self) -> String {
        format!(
            "<div class=\"summary\"><div class=\"summary-pattern-area\">{}</div><div class=\"summary-radar\">{}</div><div class=\"summary-brief\">{}</div></div>{}",
            self.pattern, self.radar, self.priorities, self.details
        )
    }
}

/// Scores a session and renders its results document, to be read (a shared link, a rater's view).
pub fn document(t: &Texts, session: &Session) -> String {
    render(t, session, None).join()
}

/// Scores a session and renders its results document for its owner, who may choose the actions
/// they will do (`chosen`, as kept beside the results).
pub fn document_choosing(t: &Texts, session: &Session, chosen: &Chosen) -> Document {
    render(t, session, Some(chosen))
}

/// The report of a session: its scores, agility when it took the scenarios.
pub fn score_session(t: &Texts, session: &Session) -> Report {
    score(
        t.bank,
        session.form,
        &session.responses,
        session.scenarios == Scenarios::Taken,
    )
}

/// Scores and renders a session's results document; `choosing` offers the choice of actions.
fn render(t: &Texts, session: &Session, choosing: Option<&Chosen>) -> Document {
    let report = &score_session(t, session);
    let mut radar = Markup::new();
    radar::write(&mut radar, t, &report.dimensions, &radar_summary(t, report));
    let mut pattern = Markup::new();
    brief::pattern(&mut pattern, t, report);
    let mut priorities = Markup::new();
    brief::priorities(&mut priorities, t, report);
    let mut m = Markup::new();
    if report.form == Form::Short {
        m.element("p", "short-form-reading", t.report.short_form_reading());
    }
    quality::write(
        &mut m,
        t,
        &crate::quality::check(t.bank, &session.responses),
    );
    let mut cited = plan::write(&mut m, t, report, choosing);
    m.raw("<div class=\"results-chart\">");
    pattern::write(&mut m, t, report);
    table::write(&mut m, t, &report.dimensions);
    m.raw("</div>");
    agility::write(&mut m, t, report.agility.as_ref());
    if session.scenarios == Scenarios::Taken {
        debrief::write(&mut m, t, &session.responses, &mut cited);
    }
    caveats(&mut m, t);
    references(&mut m, t, &cited);
    Document {
        pattern: pattern.finish(),
        radar: radar.finish(),
        priorities: priorities.finish(),
        details: m.finish(),
    }
}

/// Decodes a saved record and renders its results.
pub fn document_for_record(t: &Texts, text: &str) -> Result<String, RecordError> {
    record::decode(t.bank, text).map(|session| document(t, &session))
}

/// Decodes a result code (from a shared link) and renders its results; a refused code is
/// explained in words.
pub fn document_for_code(t: &Texts, text: &str) -> Result<String, String> {
    match result_code::decode_self(t.bank, text) {
        Ok(session) => Ok(document(t, &session)),
        Err(error) => Err(explain_code_error(t, error).to_string()),
    }
}

/// What is wrong with a result code, for the person who opened the link.
pub fn explain_code_error(t: &Texts, error: CodeError) -> &'static str {
    let ui = t.report;
    match error {
        CodeError::Empty => ui.shared_error_empty(),
        CodeError::Unrecognised => ui.shared_error_unrecognised(),
        CodeError::OldVersion(_) => ui.shared_error_old(),
        CodeError::FutureVersion(_) => ui.shared_error_future(),
        CodeError::BadCharacters | CodeError::Damaged => ui.shared_error_damaged(),
        CodeError::Invalid(_) => ui.shared_error_invalid(),
        CodeError::RaterCode => ui.shared_error_rater(),
        CodeError::PooledCode => ui.shared_error_pooled(),
    }
}

/// The result code of a saved record, when it holds finished results.
pub fn code_for_record(bank: &Bank, text: &str) -> Option<String> {
    let session = record::decode(bank, text).ok()?;
    result_code::encode(bank, &session)
}

/// The radar's text description: every dimension's two shown scores.
pub fn radar_summary(t: &Texts, report: &Report) -> String {
    let ui = t.report;
    let details = t
        .bank
        .dimensions
        .iter()
        .zip(&report.dimensions)
        .map(|(d, s)| {
            // The punctuation is the language's (a no-break space before the colon in French, the
            // Arabic comma), so each dimension's sentence is a translated template.
            fill(
                t.lang,
                ui.radar_summary_dimension(),
                &[
                    ("dimension", d.name),
                    ("leading", ui.legend_leading()),
                    ("lead", &table::shown(ui, s.lead)),
                    ("managing", ui.legend_managing()),
                    ("manage", &table::shown(ui, s.manage)),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    fill(t.lang, ui.radar_summary(), &[("details", &details)])
}

/// A source line, readable ("“quote” (article title)", "Kotter (1990)"), adding the works it cites
/// to `cited` (in order of first use) for the list at the end of the page.
fn source_line(m: &mut Markup, t: &Texts, source: &str, cited: &mut Vec<usize>) {
    let (source, references) = citation::readable(source, t.interpretation.references);
    for reference in references {
        if !cited.contains(&reference) {
            cited.push(reference);
        }
    }
    m.raw("<p class=\"source\">")
        .text(t.report.source_label())
        // The sources are English quotations in every language (WCAG 3.1.2).
        .raw(" <span lang=\"en\" dir=\"ltr\">")
        .text(&source)
        .raw("</span></p>");
}

/// The works the page's sources cite, in order of first use.
fn references(m: &mut Markup, t: &Texts, cited: &[usize]) {
    let all = t.interpretation.references;
    if cited.is_empty() {
        return;
    }
    m.raw("<section class=\"card references\" aria-labelledby=\"references-heading\"><h2 id=\"references-heading\">")
        .text(t.report.references_heading())
        // The works are cited in English in every language (WCAG 3.1.2).
        .raw("</h2><ul lang=\"en\" dir=\"ltr\">");
    for reference in cited.iter().filter_map(|&i| all.get(i)) {
        m.element("li", "", reference.entry);
    }
    m.raw("</ul></section>");
}

/// How to read the results: self-report, not validated, not for hiring.
fn caveats(m: &mut Markup, t: &Texts) {
    let ui = t.report;
    m.raw("<section class=\"card honesty\" aria-labelledby=\"honesty-heading\"><h2 id=\"honesty-heading\">")
        .text(ui.honesty_heading())
        .raw("</h2>")
        .element("p", "", ui.honesty_self_report())
        .element(
            "p",
            "",
            &fill(t.lang, ui.honesty_not_validated(), &[("line", &cut_off(t))]),
        )
        .raw("<p><strong>")
        .text(ui.honesty_no_hiring())
        .raw("</strong></p>");
    docs::links(m, t);
    m.raw("</section>");
}
