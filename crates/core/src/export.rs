//! The results as files: the radar as a standalone SVG, the whole result as JSON (a versioned,
//! documented schema: README, "Exports") and the scores as CSV. Pure text; the browser edge
//! (`src/companion/export.rs`) turns it into downloads and draws the PNG from the SVG.

use std::fmt::Write;

use super::flow::{Scenarios, Session};
use super::json;
use super::locale::Texts;
use super::report::{radar, radar_summary};
use super::responses::Answer;
use super::result_code;
use super::scoring::{score, Lean, Report};

/// The `format` field of the JSON export.
pub const JSON_FORMAT: &str = "leadership-radar.result";
/// The JSON export's schema version: it changes only when a field changes meaning or goes away.
pub const JSON_VERSION: u32 = 1;

/// A finished session and its scores.
pub struct Finished<'a> {
    texts: Texts,
    session: &'a Session,
    report: Report,
}

impl<'a> Finished<'a> {
    /// Scores a session, to be written in `texts`; `None` until every answer is in.
    pub fn new(texts: Texts, session: &'a Session) -> Option<Finished<'a>> {
        session.is_complete().then(|| Finished {
            texts,
            session,
            report: score(
                texts.bank,
                session.form,
                &session.responses,
                session.scenarios == Scenarios::Taken,
            ),
        })
    }

    /// The radar as a standalone SVG file.
    pub fn svg(&self) -> String {
        radar::standalone(
            &self.texts,
            &self.report.dimensions,
            &radar_summary(&self.texts, &self.report),
        )
    }

    /// The result as JSON (schema version [`JSON_VERSION`]).
    pub fn json(&self) -> String {
        let (bank, report) = (self.texts.bank, &self.report);
        let mut out = String::from("{\"format\":");
        json::string(&mut out, JSON_FORMAT);
        let _ = write!(out, ",\"version\":{JSON_VERSION},\"resultCode\":");
        match result_code::encode(bank, self.session) {
            Some(code) => json::string(&mut out, &code),
            None => out.push_str("null"),
        }
        out.push_str(",\"form\":");
        json::string(&mut out, self.session.form.id());
        out.push_str(",\"scenarios\":");
        json::string(
            &mut out,
            if self.session.scenarios == Scenarios::Taken {
                "taken"
            } else {
                "skipped"
            },
        );
        out.push_str(",\"scores\":{\"leadership\":");
        json::score(&mut out, report.leadership);
        out.push_str(",\"management\":");
        json::score(&mut out, report.management);
        out.push_str(",\"tilt\":");
        json::score(&mut out, report.tilt());
        out.push_str(",\"balance\":");
        json::score(&mut out, report.balance());
        out.push_str(",\"lean\":");
        json::optional_string(&mut out, report.lean().map(lean_id));
        out.push_str(",\"archetype\":");
        json::optional_string(&mut out, report.archetype.map(|a| a.id()));
        let _ = write!(out, ",\"nearLine\":{},\"agility\":", report.near_line);
        json::score(&mut out, report.agility.map(|a| a.score));
        out.push_str(",\"switchedHats\":");
        json::optional_bool(&mut out, report.agility.map(|a| a.switched_hats));
        out.push_str("},\"dimensions\":[");
        for (i, (d, s)) in bank.dimensions.iter().zip(&report.dimensions).enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"id\":");
            json::string(&mut out, d.id);
            out.push_str(",\"name\":");
            json::string(&mut out, d.name);
            out.push_str(",\"lead\":{\"name\":");
            json::string(&mut out, d.lead);
            out.push_str(",\"score\":");
            json::score(&mut out, s.lead);
            out.push_str("},\"manage\":{\"name\":");
            json::string(&mut out, d.manage);
            out.push_str(",\"score\":");
            json::score(&mut out, s.manage);
            out.push_str("}}");
        }
        out.push_str("],\"focus\":[");
        for (i, f) in report.focus.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"dimension\":");
            json::string(&mut out, bank.dimensions[f.dimension].id);
            out.push_str(",\"pole\":");
            json::string(&mut out, f.pole.id());
            out.push('}');
        }
        out.push_str("],\"answers\":[");
        for (i, &item) in self.session.sequence.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let it = &bank.items[item];
            out.push_str("{\"item\":");
            json::string(&mut out, it.id);
            out.push_str(",\"dimension\":");
            json::string(&mut out, bank.dimensions[it.dimension].id);
            out.push_str(",\"pole\":");
            json::string(&mut out, it.pole.id());
            out.push_str(",\"answer\":");
            match self.session.responses.answers[item] {
                Some(Answer::Scale(v)) => {
                    let _ = write!(out, "{v}");
                }
                Some(Answer::NoOpportunity) => json::string(&mut out, "no-opportunity"),
                None => out.push_str("null"),
            }
            out.push('}');
        }
        out.push_str("],\"scenarioPicks\":[");
        if self.session.scenarios == Scenarios::Taken {
            for (i, (scenario, pick)) in bank
                .scenarios
                .iter()
                .zip(&self.session.responses.picks)
                .enumerate()
            {
                if i > 0 {
                    out.push(',');
                }
                out.push_str("{\"scenario\":");
                json::string(&mut out, scenario.id);
                let letter = |o: Option<u8>| o.map_or('-', |o| char::from(b'a' + o));
                let _ = write!(
                    out,
                    ",\"best\":\"{}\",\"least\":\"{}\"}}",
                    letter(pick.best),
                    letter(pick.least)
                );
            }
        }
        out.push_str("]}");
        out
    }

    /// The scores as CSV (RFC 4180, CRLF line ends): one row per dimension, then the indices.
    pub fn csv(&self) -> String {
        let (bank, report) = (self.texts.bank, &self.report);
        let mut out =
            String::from("Dimension,Leading side,Leading score,Managing side,Managing score\r\n");
        let number = json::score_text;
        for (d, s) in bank.dimensions.iter().zip(&report.dimensions) {
            let _ = write!(
                out,
                "{},{},{},{},{}\r\n",
                csv_field(d.name),
                csv_field(d.lead),
                number(s.lead),
                csv_field(d.manage),
                number(s.manage)
            );
        }
        let _ = write!(
            out,
            "Leadership index,,{},,\r\nManagement index,,,,{}\r\n",
            number(report.leadership),
            number(report.management)
        );
        if let Some(agility) = report.agility {
            let _ = write!(
                out,
                "Situational agility,,{},,\r\n",
                number(Some(agility.score))
            );
        }
        out
    }
}

/// A file name for an export, such as `leadership-radar-2026-11-25.svg` (stem `leadership-radar`);
/// `date` is `YYYY-MM-DD`, left out when it is not one.
pub fn file_name(stem: &str, date: &str, extension: &str) -> String {
    let date_ok = date.len() == 10
        && date.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if date_ok {
        format!("{stem}-{date}.{extension}")
    } else {
        format!("{stem}.{extension}")
    }
}

/// A CSV field, quoted when it holds a comma, quote or line break (quotes doubled).
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn lean_id(lean: Lean) -> &'static str {
    match lean {
        Lean::Balanced => "balanced",
        Lean::Leading => "leading",
        Lean::Managing => "managing",
    }
}
