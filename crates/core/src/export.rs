//! The results as files: the radar as a standalone SVG, the whole result as JSON (a versioned,
//! documented schema: README, "Exports") and the scores as CSV. Pure text; the browser edge
//! (`src/effects/export.rs`) turns it into downloads and draws the PNG from the SVG.

use std::fmt::Write;

use serde::{Deserialize, Serialize, Serializer};

use super::bank::Bank;
use super::flow::{Scenarios, Session};
use super::json::{self, Score};
use super::locale::Texts;
use super::priorities::Chosen;
use super::quality;
use super::report::{radar, radar_summary, score_session};
use super::responses::{Answer, Pick};
use super::result_code;
use super::scoring::{Agility, Lean, PoleRef, Report};

/// The `format` field of the JSON export.
pub const JSON_FORMAT: &str = "leadership-radar.result";
/// The JSON export's schema version: it changes only when a field changes meaning or goes away.
pub const JSON_VERSION: u32 = 1;

/// A finished session and its scores.
pub struct Finished<'a> {
    texts: Texts,
    session: &'a Session,
    report: Report,
    chosen: Chosen,
}

impl<'a> Finished<'a> {
    /// Scores a session, to be written in `texts`; `None` until every answer is in.
    pub fn new(texts: Texts, session: &'a Session) -> Option<Finished<'a>> {
        session.is_complete().then(|| Finished {
            texts,
            session,
            report: score_session(&texts, session),
            chosen: Chosen::default(),
        })
    }

    /// The same, with the actions the person chose from their plan (the JSON's `plan`).
    pub fn with_chosen(self, chosen: Chosen) -> Finished<'a> {
        Finished { chosen, ..self }
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
        let (bank, report, session) = (self.texts.bank, &self.report, self.session);
        let taken = session.scenarios == Scenarios::Taken;
        let file = ResultFile {
            format: JSON_FORMAT,
            version: JSON_VERSION,
            result_code: result_code::encode(bank, session),
            form: session.form.id(),
            scenarios: if taken { "taken" } else { "skipped" },
            scores: Scores {
                leadership: report.leadership.map(Score),
                management: report.management.map(Score),
                tilt: report.tilt().map(Score),
                balance: report.balance().map(Score),
                lean: report.lean().map(lean_id),
                archetype: report.archetype.map(|a| a.id()),
                near_line: report.near_line,
                agility: report.agility.as_ref().map(|a| Score(a.score)),
                switched_hats: report.agility.as_ref().map(Agility::switched_hats),
            },
            dimensions: bank
                .dimensions
                .iter()
                .zip(&report.dimensions)
                .map(|(d, s)| DimensionFile {
                    id: d.id,
                    name: d.name,
                    lead: PoleFile {
                        name: d.lead,
                        score: s.lead.map(Score),
                    },
                    manage: PoleFile {
                        name: d.manage,
                        score: s.manage.map(Score),
                    },
                })
                .collect(),
            focus: report
                .priorities()
                .sides
                .iter()
                .map(|side| FocusFile::of(bank, side))
                .collect(),
            answers: session
                .sequence
                .iter()
                .map(|&item| {
                    let it = &bank.items[item];
                    AnswerFile {
                        item: it.id,
                        dimension: bank.dimensions[it.dimension].id,
                        pole: it.pole.id(),
                        answer: session.responses.answers[item],
                    }
                })
                .collect(),
            scenario_picks: if taken {
                bank.scenarios
                    .iter()
                    .zip(&session.responses.picks)
                    // Stages added after the answers were given (version 1 codes) are left out.
                    .filter(|(_, pick)| **pick != Pick::default())
                    .map(|(scenario, pick)| PickFile {
                        scenario: scenario.id,
                        best: letter(pick.best),
                        least: letter(pick.least),
                    })
                    .collect()
            } else {
                Vec::new()
            },
            plan: {
                let priorities = &report.priorities();
                let mut sides = priorities.sides.clone();
                sides.extend(priorities.others(bank.dimensions.len()));
                sides
                    .into_iter()
                    .map(|side| {
                        let id = Chosen::side_id(bank, side);
                        PlanFile {
                            dimension: bank.dimensions[side.dimension].id,
                            pole: side.pole.id(),
                            action: format!("action-{id}"),
                            priority: priorities.contains(side),
                            chosen: self.chosen.contains(side),
                        }
                    })
                    .collect()
            },
            scenario_debrief: if taken {
                bank.scenarios
                    .iter()
                    .zip(&session.responses.picks)
                    // Stages added after the answers were given (version 1 codes) are left out.
                    .filter(|(_, pick)| **pick != Pick::default())
                    .map(|(scenario, pick)| {
                        let favoured = scenario.best_option();
                        DebriefFile {
                            scenario: scenario.id,
                            favoured: letter(u8::try_from(favoured).ok()),
                            favoured_hat: scenario.options.get(favoured).map_or("", |o| o.hat.id()),
                            picked_favoured: scenario.favours(pick.best),
                            why: format!("scenario-{}.why", scenario.id),
                        }
                    })
                    .collect()
            } else {
                Vec::new()
            },
            quality: {
                let quality = quality::check(bank, &session.responses);
                QualityFile {
                    same_answer: quality.same_answer,
                    two_ways: quality
                        .contradictions
                        .iter()
                        .map(|side| FocusFile::of(bank, side))
                        .collect(),
                }
            },
        };
        json::to_string(&file)
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
        if let Some(agility) = &report.agility {
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

/// The JSON export, schema version 1 (README, "The JSON export"): field names and order as
/// documented.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultFile<'a> {
    format: &'a str,
    version: u32,
    result_code: Option<String>,
    form: &'a str,
    scenarios: &'a str,
    scores: Scores,
    dimensions: Vec<DimensionFile<'a>>,
    focus: Vec<FocusFile<'a>>,
    answers: Vec<AnswerFile<'a>>,
    scenario_picks: Vec<PickFile<'a>>,
    plan: Vec<PlanFile<'a>>,
    scenario_debrief: Vec<DebriefFile<'a>>,
    quality: QualityFile<'a>,
}

/// What the answers show about themselves (`crate::quality`): the one answer given to every
/// statement (1 to 5), if any, and the sides whose statements point two ways.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct QualityFile<'a> {
    same_answer: Option<u8>,
    two_ways: Vec<FocusFile<'a>>,
}

/// One action of the plan: its side, the id of its texts (`action-<dimension>-<pole>` in the
/// content's Fluent files), whether it is one of the priorities and whether the person chose it.
#[derive(Serialize)]
struct PlanFile<'a> {
    dimension: &'a str,
    pole: &'a str,
    action: String,
    priority: bool,
    chosen: bool,
}

/// One scenario's debrief: the move the key favours (letter and hat), whether the person picked it
/// as the most effective, and the id of the text saying why.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DebriefFile<'a> {
    scenario: &'a str,
    favoured: String,
    favoured_hat: &'static str,
    picked_favoured: bool,
    why: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Scores {
    leadership: Option<Score>,
    management: Option<Score>,
    tilt: Option<Score>,
    balance: Option<Score>,
    lean: Option<&'static str>,
    archetype: Option<&'static str>,
    near_line: bool,
    agility: Option<Score>,
    switched_hats: Option<bool>,
}

#[derive(Serialize)]
struct DimensionFile<'a> {
    id: &'a str,
    name: &'a str,
    lead: PoleFile<'a>,
    manage: PoleFile<'a>,
}

#[derive(Serialize)]
struct PoleFile<'a> {
    name: &'a str,
    score: Option<Score>,
}

/// A side (dimension and pole, by id), as `focus` and `quality.twoWays` list them.
#[derive(Serialize)]
struct FocusFile<'a> {
    dimension: &'a str,
    pole: &'a str,
}

impl<'a> FocusFile<'a> {
    fn of(bank: &'a Bank, side: &PoleRef) -> FocusFile<'a> {
        FocusFile {
            dimension: bank.dimensions[side.dimension].id,
            pole: side.pole.id(),
        }
    }
}

#[derive(Serialize)]
struct AnswerFile<'a> {
    item: &'a str,
    dimension: &'a str,
    pole: &'a str,
    #[serde(serialize_with = "answer")]
    answer: Option<Answer>,
}

#[derive(Serialize)]
struct PickFile<'a> {
    scenario: &'a str,
    best: String,
    least: String,
}

/// An answer: 1 (Never) to 5 (Always), `"no-opportunity"`, or `null`.
fn answer<S: Serializer>(answer: &Option<Answer>, serializer: S) -> Result<S::Ok, S::Error> {
    match answer {
        Some(Answer::Scale(v)) => serializer.serialize_u8(*v),
        Some(Answer::NoOpportunity) => serializer.serialize_str("no-opportunity"),
        None => serializer.serialize_none(),
    }
}

/// A scenario pick as its option letter in the order the scenario shows them, or `-`.
fn letter(option: Option<u8>) -> String {
    option.map_or('-', |o| char::from(b'a' + o)).to_string()
}

/// What the team view reads of a results file: its kind, its schema version and its result code.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ResultFileHead {
    format: String,
    version: u32,
    result_code: Option<String>,
}

/// The result code of a JSON export of schema version 1 (the team view's import); `None` for any
/// other text, which the team view then reads as pasted text.
pub fn result_code_of_file(text: &str) -> Option<String> {
    let head: ResultFileHead = serde_json::from_str(text).ok()?;
    (head.format == JSON_FORMAT && head.version == JSON_VERSION)
        .then_some(head.result_code)
        .flatten()
}
