//! SCORM 1.2 as pure decisions: the calls to make at launch, after each change and on leaving. The
//! browser edge finds the LMS's `API` object, makes the calls and checks `LMSGetLastError`.

use super::bank::Bank;
use super::protocol::Scores;
use super::record;

/// `cmi.suspend_data` is a CMIString4096 in SCORM 1.2.
pub const SUSPEND_DATA_LIMIT: usize = 4_096;
/// Commits between the start and the end are at most this often (a commit may be a server round trip).
pub const COMMIT_INTERVAL_MS: f64 = 10_000.0;

/// One call to the LMS API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Call {
    /// `LMSSetValue(element, value)`.
    Set(&'static str, String),
    /// `LMSCommit("")`.
    Commit,
    /// `LMSFinish("")`: the last call of the session.
    Finish,
}

/// What the app should do once the LMS has answered at launch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Launch {
    /// Continue from this saved record.
    Resume(String),
    /// A new attempt: start from nothing, whatever the browser kept.
    Fresh,
}

/// The LMS side of one launch: what was saved and committed, and whether `LMSFinish` was called.
#[derive(Debug, Clone, PartialEq)]
pub struct LmsSession {
    started_ms: f64,
    last_commit_ms: f64,
    saved: Option<String>,
    finished: bool,
}

impl LmsSession {
    /// A session whose `LMSInitialize` succeeded at `now_ms`.
    pub fn new(now_ms: f64) -> LmsSession {
        LmsSession {
            started_ms: now_ms,
            last_commit_ms: now_ms,
            saved: None,
            finished: false,
        }
    }

    /// Whether `LMSFinish` has been called: after it, nothing else may be.
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// The calls at launch, from the LMS's `cmi.core.entry`, `cmi.suspend_data` and
    /// `cmi.core.lesson_status`, and what the app should do. A finished attempt keeps its status; a
    /// resumed one continues from its saved record when that record is valid.
    pub fn launch(
        &mut self,
        bank: &Bank,
        entry: &str,
        suspend_data: &str,
        status: &str,
    ) -> (Vec<Call>, Launch) {
        let finished_before = matches!(status, "completed" | "passed" | "failed");
        let calls = if finished_before {
            Vec::new()
        } else {
            vec![Call::Set(
                "cmi.core.lesson_status",
                "incomplete".to_string(),
            )]
        };
        let saved = record::decode(bank, suspend_data).is_ok();
        let launch = match entry {
            "ab-initio" => Launch::Fresh,
            // "resume", or "" (which some LMSs send on a later launch): continue when there is a record.
            _ if saved => Launch::Resume(suspend_data.trim().to_string()),
            // Nothing saved in the LMS: whatever the browser kept (perhaps another learner's, on a
            // shared computer) must not continue.
            _ => Launch::Fresh,
        };
        if let Launch::Resume(record) = &launch {
            self.saved = Some(record.clone());
        }
        (calls, launch)
    }

    /// The calls after the app saved `record` at `now_ms`: the record as suspend data, and on
    /// reaching the results the scores, status and time, a commit and the finish.
    pub fn update(&mut self, bank: &Bank, record: &str, now_ms: f64) -> Vec<Call> {
        let Ok(session) = record::decode(bank, record) else {
            return Vec::new();
        };
        if self.finished || self.saved.as_deref() == Some(record) {
            return Vec::new();
        }
        let mut calls = Vec::new();
        if record.len() <= SUSPEND_DATA_LIMIT {
            calls.push(Call::Set("cmi.suspend_data", record.to_string()));
        }
        self.saved = Some(record.to_string());
        if let Some(scores) = Scores::of(bank, &session) {
            calls.extend(finish_values(&scores));
            calls.push(Call::Set(
                "cmi.core.session_time",
                session_time(now_ms - self.started_ms),
            ));
            calls.push(Call::Set("cmi.core.exit", String::new()));
            calls.push(Call::Commit);
            calls.push(Call::Finish);
            self.finished = true;
        } else if now_ms - self.last_commit_ms >= COMMIT_INTERVAL_MS {
            calls.push(Call::Commit);
            self.last_commit_ms = now_ms;
        }
        calls
    }

    /// The calls when the page goes into the back/forward cache: it may come back, so the session
    /// stays open, but everything so far is committed as suspended in case it does not.
    pub fn pause(&mut self, now_ms: f64) -> Vec<Call> {
        if self.finished {
            return Vec::new();
        }
        self.last_commit_ms = now_ms;
        self.suspend(now_ms)
    }

    /// The calls when the page goes away before the results: suspend, so the next launch resumes.
    pub fn leave(&mut self, now_ms: f64) -> Vec<Call> {
        if self.finished {
            return Vec::new();
        }
        self.finished = true;
        let mut calls = self.suspend(now_ms);
        calls.push(Call::Finish);
        calls
    }

    fn suspend(&self, now_ms: f64) -> Vec<Call> {
        vec![
            Call::Set("cmi.core.exit", "suspend".to_string()),
            Call::Set(
                "cmi.core.session_time",
                session_time(now_ms - self.started_ms),
            ),
            Call::Commit,
        ]
    }
}

/// Scores and status on finishing: the Leadership Index as the score (0–100), and each index as an
/// objective so an LMS report shows all of them. There is no pass or fail: the status is `completed`.
fn finish_values(scores: &Scores) -> Vec<Call> {
    let report = &scores.report;
    let mut calls = Vec::new();
    if let Some(leadership) = report.leadership {
        calls.push(Call::Set("cmi.core.score.min", "0".to_string()));
        calls.push(Call::Set("cmi.core.score.max", "100".to_string()));
        calls.push(Call::Set("cmi.core.score.raw", decimal(leadership)));
    }
    let objectives = [
        ("leadership-index", report.leadership),
        ("management-index", report.management),
        (
            "situational-agility",
            report.agility.as_ref().map(|a| a.score),
        ),
    ];
    for (n, (id, score)) in objectives
        .into_iter()
        .filter_map(|(id, score)| Some((id, score?)))
        .enumerate()
    {
        let element = |field: &str| -> &'static str { objective_element(n, field) };
        calls.push(Call::Set(element("id"), id.to_string()));
        calls.push(Call::Set(element("score.min"), "0".to_string()));
        calls.push(Call::Set(element("score.max"), "100".to_string()));
        calls.push(Call::Set(element("score.raw"), decimal(score)));
        calls.push(Call::Set(element("status"), "completed".to_string()));
    }
    calls.push(Call::Set("cmi.core.lesson_status", "completed".to_string()));
    calls
}

/// Element names are static so a call list needs no allocation per name; three objectives suffice.
fn objective_element(n: usize, field: &str) -> &'static str {
    const NAMES: [[&str; 5]; 3] = [
        [
            "cmi.objectives.0.id",
            "cmi.objectives.0.score.min",
            "cmi.objectives.0.score.max",
            "cmi.objectives.0.score.raw",
            "cmi.objectives.0.status",
        ],
        [
            "cmi.objectives.1.id",
            "cmi.objectives.1.score.min",
            "cmi.objectives.1.score.max",
            "cmi.objectives.1.score.raw",
            "cmi.objectives.1.status",
        ],
        [
            "cmi.objectives.2.id",
            "cmi.objectives.2.score.min",
            "cmi.objectives.2.score.max",
            "cmi.objectives.2.score.raw",
            "cmi.objectives.2.status",
        ],
    ];
    let column = match field {
        "id" => 0,
        "score.min" => 1,
        "score.max" => 2,
        "score.raw" => 3,
        _ => 4,
    };
    NAMES[n.min(2)][column]
}

/// A CMIDecimal score between 0 and 100 with at most two decimals, without trailing zeros.
pub fn decimal(value: f64) -> String {
    let hundredths = (value.clamp(0.0, 100.0) * 100.0).round() as u32;
    let (whole, fraction) = (hundredths / 100, hundredths % 100);
    match fraction {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    }
}

/// A CMITimespan, `HHHH:MM:SS.SS`, of a duration in milliseconds (negative counts as zero, and
/// anything beyond 9999 hours is capped).
pub fn session_time(ms: f64) -> String {
    let centis = (ms.max(0.0) / 10.0)
        .round()
        .min(9_999.0 * 360_000.0 + 359_999.0) as u64;
    let hours = centis / 360_000;
    let minutes = centis / 6_000 % 60;
    let seconds = centis / 100 % 60;
    let hundredths = centis % 100;
    format!("{hours:04}:{minutes:02}:{seconds:02}.{hundredths:02}")
}
