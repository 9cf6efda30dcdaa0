//! The embedding protocol as pure functions: which host messages to obey, where each message may
//! go, and every message to the host as JSON text (the browser edge only parses and posts it).
//!
//! Every message is `{"source":"leadership-radar","v":1,"id":…,"type":…}`. `ready` and `resize`
//! carry nothing personal and may go to any origin; `progress`, `completed` and `state` go only to
//! an allow-listed origin, never to `*`.

use serde::Serialize;

use super::bank::{Bank, Form};
use super::flow::{Scenarios, Screen, Session};
use super::json::{self, Score};
use super::scoring::{self, Agility, Report};

/// The `source` field of every message.
pub const SOURCE: &str = "leadership-radar";
/// The protocol version this build speaks.
pub const VERSION: u32 = 1;
/// The longest `state` accepted from a host (a record is about 90 characters).
pub const MAX_STATE_LEN: usize = 4_000;

/// One field of a received message, as the edge found it: nothing in it is trusted yet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Field<'a> {
    /// Not there (or `undefined`).
    Absent,
    /// A string.
    Text(&'a str),
    /// A number.
    Number(f64),
    /// Anything else: null, an object, a boolean.
    Other,
}

/// A message event from another window, reduced to what the protocol looks at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Received<'a> {
    /// `event.origin`.
    pub origin: &'a str,
    /// Whether `event.source` is this window's parent.
    pub from_parent: bool,
    /// `data.source`.
    pub source: Field<'a>,
    /// `data.v`.
    pub version: Field<'a>,
    /// `data.type`.
    pub kind: Field<'a>,
    /// `data.state`.
    pub state: Field<'a>,
}

/// What a trusted host may ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Start (or continue) with the host's saved record, if it sends one.
    Init(Option<String>),
    /// Report the height now.
    RequestSize,
    /// Throw the answers away and return to the start.
    Reset,
}

/// Why a received message was not obeyed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ignored {
    /// Not a message of this protocol (another script's traffic): not worth a word.
    NotOurs,
    /// From a window other than the parent.
    NotParent,
    /// From an origin that is not in `parentOrigin`.
    UntrustedOrigin,
    /// Ours and trusted, but malformed or of an unknown type.
    Malformed,
}

/// Decides whether to obey a message: it must be ours, from the parent window, from an exact
/// allow-listed origin, and well formed.
pub fn accept(message: &Received, allowed: &[String]) -> Result<Command, Ignored> {
    if message.source != Field::Text(SOURCE) {
        return Err(Ignored::NotOurs);
    }
    if !message.from_parent {
        return Err(Ignored::NotParent);
    }
    if !allowed.iter().any(|origin| origin == message.origin) {
        return Err(Ignored::UntrustedOrigin);
    }
    if message.version != Field::Number(f64::from(VERSION)) {
        return Err(Ignored::Malformed);
    }
    match (message.kind, message.state) {
        (Field::Text("init"), Field::Absent) => Ok(Command::Init(None)),
        (Field::Text("init"), Field::Text(state)) if state.len() <= MAX_STATE_LEN => {
            Ok(Command::Init(Some(state.to_string())))
        }
        (Field::Text("requestSize"), _) => Ok(Command::RequestSize),
        (Field::Text("reset"), _) => Ok(Command::Reset),
        _ => Err(Ignored::Malformed),
    }
}

/// Where private messages (progress, completion, state) may go: the exact origins to post to.
///
/// `parent_hint` is the parent's origin as far as the browser tells (`location.ancestorOrigins`,
/// the referrer, or a trusted message already received). With a hint, only that origin, and only
/// if allow-listed: a page that is not on the list gets nothing. Without one, every allow-listed
/// origin: the browser delivers to the one that matches the parent, if any.
pub fn private_targets(allowed: &[String], parent_hint: Option<&str>) -> Vec<String> {
    match parent_hint {
        Some(hint) => allowed.iter().filter(|o| *o == hint).cloned().collect(),
        None => allowed.to_vec(),
    }
}

/// The origin part (`scheme://host[:port]`) of an absolute http(s) URL such as a referrer.
pub fn origin_of(url: &str) -> Option<&str> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    (!authority.is_empty() && !authority.contains('@')).then(|| &url[..scheme.len() + 3 + end])
}

/// Progress through the assessment: answered screens out of all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Items answered plus scenarios fully answered.
    pub answered: usize,
    /// Items of the form plus scenarios (unless skipped).
    pub total: usize,
}

impl Progress {
    /// The progress of a session.
    pub fn of(bank: &Bank, session: &Session) -> Progress {
        let scenarios = match session.scenarios {
            Scenarios::Skipped => 0,
            Scenarios::Pending | Scenarios::Taken => bank.scenarios.len(),
        };
        let picked = match session.scenarios {
            Scenarios::Taken => session
                .responses
                .picks
                .iter()
                .filter(|p| p.is_complete())
                .count(),
            Scenarios::Pending | Scenarios::Skipped => 0,
        };
        Progress {
            answered: session.answered() + picked,
            total: session.sequence.len() + scenarios,
        }
    }
}

/// The scores a host receives on completion: indices, pole scores, archetype and agility, never
/// individual answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// The form taken.
    pub form: Form,
    /// The scored result.
    pub report: Report,
}

impl Scores {
    /// The scores of a finished session; `None` until the results are open.
    pub fn of(bank: &Bank, session: &Session) -> Option<Scores> {
        (session.screen == Screen::Results && session.is_complete()).then(|| Scores {
            form: session.form,
            report: scoring::score(
                bank,
                session.form,
                &session.responses,
                session.scenarios == Scenarios::Taken,
            ),
        })
    }
}

/// A message to the host.
#[derive(Debug, Clone, PartialEq)]
pub enum Outgoing<'a> {
    /// The app is running: which storage keeps progress, and which LMS runtime it found.
    Ready {
        /// `local`, `session`, `memory`, `host` or `lms`.
        storage: &'a str,
        /// `scorm12` or `none`.
        lms: &'a str,
    },
    /// The document's height in CSS pixels.
    Resize(u32),
    /// Progress, after each answer.
    Progress(Progress),
    /// The results, once, when they open.
    Completed(&'a Scores),
    /// The saved record, for a host that keeps it (`storage=host`).
    State(&'a str),
}

impl Outgoing<'_> {
    /// Whether this message may only go to an allow-listed origin.
    pub fn is_private(&self) -> bool {
        !matches!(self, Outgoing::Ready { .. } | Outgoing::Resize(_))
    }

    /// The message as JSON text, echoing the host's `id`.
    pub fn to_json(&self, bank: &Bank, id: &str) -> String {
        let body = match self {
            Outgoing::Ready { storage, lms } => Body::Ready {
                version: env!("CARGO_PKG_VERSION"),
                storage,
                lms,
            },
            Outgoing::Resize(height) => Body::Resize { height: *height },
            Outgoing::Progress(p) => Body::Progress {
                answered: p.answered,
                total: p.total,
            },
            Outgoing::Completed(scores) => Body::Completed(Completed::of(bank, scores)),
            Outgoing::State(data) => Body::State { data },
        };
        let message = Message {
            source: SOURCE,
            v: VERSION,
            id,
            body,
        };
        json::to_string(&message)
    }
}

/// A message as it goes to the host: the envelope, then the type and its fields.
#[derive(Serialize)]
struct Message<'a> {
    source: &'a str,
    v: u32,
    id: &'a str,
    #[serde(flatten)]
    body: Body<'a>,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
enum Body<'a> {
    Ready {
        version: &'a str,
        storage: &'a str,
        lms: &'a str,
    },
    Resize {
        height: u32,
    },
    Progress {
        answered: usize,
        total: usize,
    },
    Completed(Completed<'a>),
    State {
        data: &'a str,
    },
}

/// `completed`'s fields: indices, pole scores, archetype and agility, never individual answers.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Completed<'a> {
    form: &'a str,
    leadership: Option<Score>,
    management: Option<Score>,
    archetype: Option<&'a str>,
    agility: Option<Score>,
    switched_hats: Option<bool>,
    dimensions: Vec<PoleScores<'a>>,
}

#[derive(Serialize)]
struct PoleScores<'a> {
    id: &'a str,
    lead: Option<Score>,
    manage: Option<Score>,
}

impl<'a> Completed<'a> {
    fn of(bank: &'a Bank, scores: &Scores) -> Completed<'a> {
        let report = &scores.report;
        Completed {
            form: scores.form.id(),
            leadership: report.leadership.map(Score),
            management: report.management.map(Score),
            archetype: report.archetype.map(|a| a.id()),
            agility: report.agility.as_ref().map(|a| Score(a.score)),
            switched_hats: report.agility.as_ref().map(Agility::switched_hats),
            dimensions: bank
                .dimensions
                .iter()
                .zip(&report.dimensions)
                .map(|(dimension, score)| PoleScores {
                    id: dimension.id,
                    lead: score.lead.map(Score),
                    manage: score.manage.map(Score),
                })
                .collect(),
        }
    }
}
