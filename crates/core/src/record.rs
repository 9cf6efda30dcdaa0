//! The saved record of a session: a short versioned, checksummed text, parsed strictly back into a session.
//!
//! Layout (version 2): `LR2.<form>.<screen>.<flags>.<answers>.<picks>.<check>` where
//! form is `s`/`f`; screen is `i`, `q<position>`, `s`, `c<scenario>`, `r` or `x`; flags are the
//! scenario state (`p` pending, `t` taken, `k` skipped) and `1`/`0` for "opened from the review";
//! answers hold one character per bank item (`-` none, `1`–`5`, `n` no opportunity); picks two
//! letters per scenario (`a`–`d` or `-`, best then least); check is a Fletcher-16 of the rest, in hex.
//!
//! Version 2 has eight scenario stages with their options in today's order; version 1 had seven,
//! with the options in their first order. A version 1 record is still read (someone mid-run when
//! the app was updated keeps their answers): its picks are placed on today's options
//! ([`legacy::v1_pick`]) and the eighth stage is left for them to answer.

use std::fmt;

use super::bank::{Bank, Form};
use super::flow::{Scenarios, Screen, Session};
use super::legacy;
use super::responses::{Answer, Pick};

/// The record version this build writes.
pub const VERSION: u32 = 2;
/// The oldest version this build still reads.
pub const OLDEST: u32 = 1;
const PREFIX: &str = "LR";

/// Why a saved record was not restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordError {
    /// Not a Leadership Radar record at all.
    Unrecognised,
    /// Written by an older version whose records this build no longer reads.
    OldVersion(u32),
    /// Written by a newer version of the app.
    FutureVersion(u32),
    /// Cut short or altered: the checksum does not match.
    Damaged,
    /// Well formed, but it does not fit this question bank or describes an impossible state.
    Invalid(&'static str),
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::Unrecognised => write!(f, "not a Leadership Radar record"),
            RecordError::OldVersion(v) => write!(f, "from an older version ({v})"),
            RecordError::FutureVersion(v) => write!(f, "from a newer version ({v})"),
            RecordError::Damaged => write!(f, "damaged (checksum mismatch)"),
            RecordError::Invalid(why) => write!(f, "invalid: {why}"),
        }
    }
}

/// Writes a session as a record.
pub fn encode(session: &Session) -> String {
    let form = match session.form {
        Form::Short => "s".to_string(),
        Form::Full => "f".to_string(),
    };
    let screen = match session.screen {
        Screen::Intro => "i".to_string(),
        Screen::Item(p) => format!("q{p}"),
        Screen::ScenarioIntro => "s".to_string(),
        Screen::Scenario(s) => format!("c{s}"),
        Screen::Review => "r".to_string(),
        Screen::Results => "x".to_string(),
    };
    let scenarios = match session.scenarios {
        Scenarios::Pending => 'p',
        Scenarios::Taken => 't',
        Scenarios::Skipped => 'k',
    };
    let flags = format!("{scenarios}{}", u8::from(session.from_review));
    let answers: String = session
        .responses
        .answers
        .iter()
        .map(|a| match a {
            None => '-',
            Some(Answer::NoOpportunity) => 'n',
            Some(Answer::Scale(v)) => char::from(b'0' + v),
        })
        .collect();
    let letter = |o: Option<u8>| o.map_or('-', |o| char::from(b'a' + o));
    let picks: String = session
        .responses
        .picks
        .iter()
        .flat_map(|p| [letter(p.best), letter(p.least)])
        .collect();
    let body = format!("{PREFIX}{VERSION}.{form}.{screen}.{flags}.{answers}.{picks}");
    format!("{body}.{:04x}", fletcher16(body.as_bytes()))
}

/// The version a record names (`LR<digits>`), read without the rest; `None` for anything else.
fn version_of(text: &str) -> Option<u32> {
    let digits = text.trim().strip_prefix(PREFIX)?;
    let version_len = digits.bytes().take_while(u8::is_ascii_digit).count();
    digits.get(..version_len)?.parse().ok()
}

/// Whether `text` is a record of a newer version than this build's: one to leave alone (a rollback,
/// an older build served offline, or two copies of the app on one origin), never to save over.
pub fn is_newer(text: &str) -> bool {
    version_of(text).is_some_and(|v| v > VERSION)
}

/// Reads a record back; anything that is not exactly a valid record of this bank (version 1 or 2)
/// is rejected.
pub fn decode(bank: &Bank, text: &str) -> Result<Session, RecordError> {
    let text = text.trim();
    let version = version_of(text).ok_or(RecordError::Unrecognised)?;
    match version {
        OLDEST..=VERSION => {}
        v if v > VERSION => return Err(RecordError::FutureVersion(v)),
        v => return Err(RecordError::OldVersion(v)),
    }
    let (body, check) = text.rsplit_once('.').ok_or(RecordError::Damaged)?;
    // Exactly four lowercase hex digits: `from_str_radix` alone would also take `+` and upper case.
    let check_ok = check.len() == 4
        && check
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        && u16::from_str_radix(check, 16).is_ok_and(|c| c == fletcher16(body.as_bytes()));
    if !check_ok {
        return Err(RecordError::Damaged);
    }
    let fields: Vec<&str> = body.split('.').collect();
    let [_, form, screen, flags, answers, picks] = fields.as_slice() else {
        return Err(RecordError::Invalid("wrong number of fields"));
    };
    let form = match *form {
        "s" => Form::Short,
        "f" => Form::Full,
        _ => return Err(RecordError::Invalid("unknown form")),
    };
    let mut session = Session::new(bank);
    session.form = form;
    session.sequence = bank.sequence(form);
    session.screen = parse_screen(screen)?;
    let flags = flags.as_bytes();
    let [scenarios, from_review] = flags else {
        return Err(RecordError::Invalid("bad flags"));
    };
    session.scenarios = match scenarios {
        b'p' => Scenarios::Pending,
        b't' => Scenarios::Taken,
        b'k' => Scenarios::Skipped,
        _ => return Err(RecordError::Invalid("bad scenario state")),
    };
    session.from_review = match from_review {
        b'0' => false,
        b'1' => true,
        _ => return Err(RecordError::Invalid("bad flags")),
    };
    let stages = if version == 1 {
        legacy::V1_STAGES
    } else {
        bank.scenarios.len()
    };
    if answers.len() != bank.items.len() || picks.len() != 2 * stages {
        return Err(RecordError::Invalid("saved for a different question bank"));
    }
    for (slot, (byte, item)) in session
        .responses
        .answers
        .iter_mut()
        .zip(answers.bytes().zip(bank.items))
    {
        *slot = match byte {
            b'-' => None,
            b'n' if item.no_opportunity => Some(Answer::NoOpportunity),
            b'1'..=b'5' => Some(Answer::Scale(byte - b'0')),
            _ => return Err(RecordError::Invalid("bad answer")),
        };
    }
    let option = |byte: u8| match byte {
        b'-' => Ok(None),
        b'a'..=b'd' => Ok(Some(byte - b'a')),
        _ => Err(RecordError::Invalid("bad scenario pick")),
    };
    for (stage, (slot, pair)) in session
        .responses
        .picks
        .iter_mut()
        .zip(picks.as_bytes().chunks(2))
        .enumerate()
    {
        let (best, least) = (option(pair[0])?, option(pair[1])?);
        *slot = if version == 1 {
            legacy::v1_pick(stage, best, least).ok_or(RecordError::Invalid("bad scenario pick"))?
        } else {
            Pick { best, least }
        };
        if slot.best.is_some() && slot.best == slot.least {
            return Err(RecordError::Invalid("same option picked as best and least"));
        }
    }
    check_reachable(bank, &session)?;
    Ok(session)
}

fn parse_screen(text: &str) -> Result<Screen, RecordError> {
    let number = |rest: &str| {
        if rest.is_empty() || rest.len() > 3 || !rest.bytes().all(|b| b.is_ascii_digit()) {
            Err(RecordError::Invalid("bad screen"))
        } else {
            rest.parse::<usize>()
                .map_err(|_| RecordError::Invalid("bad screen"))
        }
    };
    match text {
        "i" => Ok(Screen::Intro),
        "s" => Ok(Screen::ScenarioIntro),
        "r" => Ok(Screen::Review),
        "x" => Ok(Screen::Results),
        _ => match text.split_at_checked(1) {
            Some(("q", rest)) => number(rest).map(Screen::Item),
            Some(("c", rest)) => number(rest).map(Screen::Scenario),
            _ => Err(RecordError::Invalid("bad screen")),
        },
    }
}

/// Rejects states the flow can never reach, so a hand-edited record cannot open the results early.
fn check_reachable(bank: &Bank, session: &Session) -> Result<(), RecordError> {
    let items_done = session.first_unanswered().is_none();
    let ok = match session.screen {
        Screen::Intro => {
            session.responses.answers.iter().all(Option::is_none)
                && session
                    .responses
                    .picks
                    .iter()
                    .all(|p| *p == Pick::default())
                && session.scenarios == Scenarios::Pending
        }
        Screen::Item(p) => p < session.sequence.len(),
        Screen::ScenarioIntro => items_done,
        Screen::Scenario(s) => {
            s < bank.scenarios.len() && session.scenarios == Scenarios::Taken && items_done
        }
        Screen::Review => items_done && session.scenarios != Scenarios::Pending,
        Screen::Results => session.is_finished(),
    };
    let skip_ok = session.scenarios != Scenarios::Skipped || session.form == Form::Short;
    let review_ok =
        !session.from_review || matches!(session.screen, Screen::Item(_) | Screen::Scenario(_));
    if ok && skip_ok && review_ok {
        Ok(())
    } else {
        Err(RecordError::Invalid("a state the assessment cannot reach"))
    }
}

/// Fletcher-16 checksum: catches truncation, swapped characters and single edits.
pub(crate) fn fletcher16(bytes: &[u8]) -> u16 {
    let (mut a, mut b) = (0u16, 0u16);
    for &byte in bytes {
        a = (a + u16::from(byte)) % 255;
        b = (b + a) % 255;
    }
    (b << 8) | a
}
