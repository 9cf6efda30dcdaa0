//! Result codes: a finished session's answers as a short, URL-safe, versioned and checksummed text,
//! so results can be shared in a link (`#r=…`) and always recomputed, never trusted.
//!
//! Layout (version 2): `R`, the version as one digit (`2`), then base64url (no padding) of a bit string, most significant bit
//! first: the kind (2 bits, 0 = self), the form (1 bit, 1 = full), whether the scenarios were
//! taken (1 bit); then 3 bits per statement of the form in presentation order (1–5, 6 = "no
//! opportunity"); then, if taken, 2 + 2 bits per scenario stage of the bank (most, then least
//! effective option; on a stage newer than version 1, the same option twice, written 0 and 0, is a
//! stage the answers predate);
//! zero bits up to a whole byte; and a 16-bit CRC (CCITT) of those bytes.
//!
//! Version 1 is the same but for the scenarios: seven stages with their options in the order they
//! had then. Version 2 reordered the options (so that neither the best nor the worst move sits in
//! one place) and added the eighth stage (so that as many stages call for managing first as for
//! leading first). A version 1 code is still read: its picks are mapped to today's options, and the
//! eighth stage stays unanswered, so its agility rests on the seven stages it had, as it did then.
//!
//! A colleague's rater code (kind 1) has the rater link's 32-bit request number and a 16-bit random
//! rater number after the header, never takes scenarios, and may answer "no opportunity" to any
//! statement. Version 2 adds, after the rater number, whether the code goes to a pool (1 bit: the
//! rater link asked colleagues to send their codes to someone who pools them, not to the person)
//! and how the rater knows the person (2 bits, [`Group`]); a version 1 rater code has neither.
//!
//! A pooled code (kind 2, version 2 only) holds what a pool made of three or more colleagues'
//! codes for one request, and nothing of any one of them: the request (32 bits), how many raters
//! (8 bits) and how many in each group (4 × 8 bits), then each of the 16 poles' average over all
//! of them (1 bit present, 10 bits the score in tenths), then the same for each group of three
//! raters or more, in the groups' order. The form is the header's.

use std::fmt;

use super::bank::{Bank, Form};
use super::flow::{Scenarios, Screen, Session};
use super::group::{Group, MIN_RATERS};
use super::legacy;
use super::responses::{Answer, Pick};
use super::scoring::DimensionScore;

/// The code version this build writes.
pub const VERSION: u32 = 2;
/// The oldest version this build still reads.
pub const OLDEST: u32 = 1;

const PREFIX: char = 'R';
/// The longest text worth reading (a full-form code is about 40 characters).
pub const MAX_LEN: usize = 200;
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Who answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The person, about themselves.
    SelfRating,
    /// A colleague, about the person who sent them the rater link `request`.
    Observer {
        /// The rater link's request number, which ties the code to that person's request.
        request: u32,
        /// A random number of this rater's, so two colleagues with the same answers still make
        /// two codes (the same code pasted twice counts once).
        rater: u16,
        /// How the rater knows the person; `None` in a version 1 code, which did not ask.
        group: Option<Group>,
        /// Whether the code goes to a pool rather than to the person.
        pooled: bool,
    },
}

/// Who wrote a rater code, as it says: the header of a colleague's answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rater {
    /// The rater link's request number.
    pub request: u32,
    /// The colleague's random number.
    pub rater: u16,
    /// How the colleague knows the person.
    pub group: Group,
    /// Whether the code goes to a pool rather than to the person.
    pub pooled: bool,
}

/// What a pooled code holds: colleagues' averages for one request, overall and per group of
/// three raters or more, and how many raters there were in each group; no single rater's answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Pooled {
    /// The form the colleagues answered.
    pub form: Form,
    /// The rater link's request number.
    pub request: u32,
    /// How many distinct rater codes went in (at least [`MIN_RATERS`]).
    pub raters: usize,
    /// How many of them in each [`Group`], in [`Group::ALL`]'s order (a version 1 code, which
    /// named no group, counts as "other").
    pub groups: [usize; 4],
    /// Each dimension's poles averaged over all raters.
    pub overall: Vec<DimensionScore>,
    /// The same per group, where the group has at least [`MIN_RATERS`] raters.
    pub by_group: [Option<Vec<DimensionScore>>; 4],
}

/// Why a code was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing there.
    Empty,
    /// Not a Leadership Radar result code (or far too long to be one).
    Unrecognised,
    /// Made by an older version whose codes this build no longer reads.
    OldVersion(u32),
    /// Made by a newer version.
    FutureVersion(u32),
    /// Characters outside the code's alphabet: mistyped or mangled.
    BadCharacters,
    /// Cut short or altered: the checksum does not match.
    Damaged,
    /// Well formed, but not answers this assessment can hold.
    Invalid(&'static str),
    /// A colleague's rater code where a person's own results were expected.
    RaterCode,
    /// A pooled code (colleagues' average) where a person's own results were expected.
    PooledCode,
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Empty => write!(f, "empty"),
            CodeError::Unrecognised => write!(f, "not a result code"),
            CodeError::OldVersion(v) => write!(f, "from an older version ({v})"),
            CodeError::FutureVersion(v) => write!(f, "from a newer version ({v})"),
            CodeError::BadCharacters => write!(f, "contains characters a code never has"),
            CodeError::Damaged => write!(f, "damaged (checksum mismatch)"),
            CodeError::Invalid(why) => write!(f, "invalid: {why}"),
            CodeError::RaterCode => write!(f, "a colleague's rater code, not results"),
            CodeError::PooledCode => write!(f, "colleagues' pooled average, not results"),
        }
    }
}

/// Writes bits most significant first.
#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    used: u32,
}

impl BitWriter {
    fn push(&mut self, value: u32, bits: u32) {
        for shift in (0..bits).rev() {
            if self.used % 8 == 0 {
                self.bytes.push(0);
            }
            let bit = ((value >> shift) & 1) as u8;
            if let Some(last) = self.bytes.last_mut() {
                *last |= bit << (7 - self.used % 8);
            }
            self.used += 1;
        }
    }
}

/// Reads bits most significant first; `None` past the end.
struct BitReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl BitReader<'_> {
    fn take(&mut self, bits: u32) -> Option<u32> {
        let mut value = 0;
        for _ in 0..bits {
            let byte = *self.bytes.get(self.at / 8)?;
            value = (value << 1) | u32::from((byte >> (7 - self.at % 8)) & 1);
            self.at += 1;
        }
        Some(value)
    }
}

/// CRC-16/CCITT-FALSE: catches every burst error up to 16 bits, unlike a simple sum.
fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xffff;
    for &byte in bytes {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

/// Base64url without padding (RFC 4648 §5).
pub(crate) fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Reads base64url without padding; a spelling other than the canonical one is refused.
pub(crate) fn from_base64url(text: &str) -> Result<Vec<u8>, CodeError> {
    if text.len() % 4 == 1 {
        return Err(CodeError::Damaged);
    }
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return Err(CodeError::BadCharacters),
        };
        acc = (acc << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // The leftover bits of the last character must be zero, so one code has one spelling.
    if acc != 0 {
        return Err(CodeError::Damaged);
    }
    Ok(bytes)
}

/// The result code of a finished session; `None` until every answer is in.
pub fn encode(bank: &Bank, session: &Session) -> Option<String> {
    if !session.is_finished() {
        return None;
    }
    let mut bits = BitWriter::default();
    bits.push(0, 2);
    bits.push(u32::from(session.form == Form::Full), 1);
    let taken = session.scenarios == Scenarios::Taken;
    bits.push(u32::from(taken), 1);
    for position in 0..session.sequence.len() {
        let value = match session.answer_at(position)? {
            Answer::Scale(v) => u32::from(v),
            Answer::NoOpportunity => 6,
        };
        bits.push(value, 3);
    }
    if taken {
        for pick in session.responses.picks.iter().take(bank.scenarios.len()) {
            // A stage the answers predate (read from a version 1 code) is written as 0 and 0.
            bits.push(u32::from(pick.best.unwrap_or(0)), 2);
            bits.push(u32::from(pick.least.unwrap_or(0)), 2);
        }
    }
    let mut bytes = bits.bytes;
    let check = crc16(&bytes);
    bytes.extend(check.to_be_bytes());
    Some(format!("{PREFIX}{VERSION}{}", base64url(&bytes)))
}

/// The rater code of a colleague's answers to the observer form of `form`, written by `from`;
/// `None` until every statement is answered.
pub fn encode_observer(
    bank: &Bank,
    form: Form,
    from: Rater,
    answers: &[Option<Answer>],
) -> Option<String> {
    let mut bits = BitWriter::default();
    bits.push(1, 2);
    bits.push(u32::from(form == Form::Full), 1);
    bits.push(0, 1);
    bits.push(from.request, 32);
    bits.push(u32::from(from.rater), 16);
    bits.push(u32::from(from.pooled), 1);
    bits.push(from.group.index() as u32, 2);
    for item in bank.sequence(form) {
        let value = match (*answers.get(item)?)? {
            Answer::Scale(v) => u32::from(v),
            Answer::NoOpportunity => 6,
        };
        bits.push(value, 3);
    }
    Some(frame(bits))
}

/// A code's text: the prefix, this version, and base64url of the bits with their checksum.
fn frame(bits: BitWriter) -> String {
    let mut bytes = bits.bytes;
    let check = crc16(&bytes);
    bytes.extend(check.to_be_bytes());
    format!("{PREFIX}{VERSION}{}", base64url(&bytes))
}

/// The largest pole score a pooled code writes, in tenths.
const MAX_TENTHS: u32 = 1000;

/// The pooled code of `pooled`; `None` when it holds fewer than [`MIN_RATERS`] raters, more than
/// 255, groups that do not add up, or a group's average from fewer than [`MIN_RATERS`].
pub fn encode_pooled(pooled: &Pooled) -> Option<String> {
    let fits = pooled.raters >= MIN_RATERS
        && pooled.raters <= 255
        && pooled.groups.iter().sum::<usize>() == pooled.raters
        && pooled.overall.len() == super::bank::DIMENSIONS
        && pooled
            .by_group
            .iter()
            .zip(pooled.groups)
            .all(|(scores, n)| scores.is_some() == (n >= MIN_RATERS));
    if !fits {
        return None;
    }
    let mut bits = BitWriter::default();
    bits.push(2, 2);
    bits.push(u32::from(pooled.form == Form::Full), 1);
    bits.push(0, 1);
    bits.push(pooled.request, 32);
    bits.push(pooled.raters as u32, 8);
    for n in pooled.groups {
        bits.push(n as u32, 8);
    }
    let mut poles = |scores: &[DimensionScore]| {
        for d in scores {
            for score in [d.lead, d.manage] {
                match score.filter(|s| s.is_finite()) {
                    Some(s) => {
                        bits.push(1, 1);
                        bits.push(((s * 10.0).round().clamp(0.0, 1000.0)) as u32, 10);
                    }
                    None => bits.push(0, 11),
                }
            }
        }
    };
    poles(&pooled.overall);
    for scores in pooled.by_group.iter().flatten() {
        if scores.len() != super::bank::DIMENSIONS {
            return None;
        }
        poles(scores);
    }
    Some(frame(bits))
}

/// Reads a pooled code; a person's result code or a rater code is refused, as is anything cut,
/// changed or impossible (fewer than three raters, groups that do not add up, a score over 100).
pub fn decode_pooled(text: &str) -> Result<Pooled, CodeError> {
    let (version, body) = unframe(text)?;
    let mut bits = BitReader {
        bytes: &body,
        at: 0,
    };
    let cut = CodeError::Invalid("the wrong length for a pooled code");
    match bits.take(2).ok_or(cut)? {
        2 if version >= 2 => {}
        0 | 1 => return Err(CodeError::Invalid("not a pooled code")),
        _ => return Err(CodeError::Invalid("an unknown kind of code")),
    }
    let form = match bits.take(1).ok_or(cut)? {
        0 => Form::Short,
        _ => Form::Full,
    };
    if bits.take(1).ok_or(cut)? != 0 {
        return Err(CodeError::Invalid("colleagues do not take the scenarios"));
    }
    let request = bits.take(32).ok_or(cut)?;
    let raters = bits.take(8).ok_or(cut)? as usize;
    let mut groups = [0usize; 4];
    for n in &mut groups {
        *n = bits.take(8).ok_or(cut)? as usize;
    }
    if raters < MIN_RATERS || groups.iter().sum::<usize>() != raters {
        return Err(CodeError::Invalid("a pool of fewer than three raters"));
    }
    let poles = |bits: &mut BitReader| -> Result<Vec<DimensionScore>, CodeError> {
        let mut scores = Vec::with_capacity(super::bank::DIMENSIONS);
        for _ in 0..super::bank::DIMENSIONS {
            let mut pair = [None, None];
            for slot in &mut pair {
                let present = bits.take(1).ok_or(cut)? == 1;
                let tenths = bits.take(10).ok_or(cut)?;
                *slot = match (present, tenths) {
                    (true, t) if t <= MAX_TENTHS => Some(f64::from(t) / 10.0),
                    (false, 0) => None,
                    _ => return Err(CodeError::Invalid("a score out of range")),
                };
            }
            scores.push(DimensionScore {
                lead: pair[0],
                manage: pair[1],
            });
        }
        Ok(scores)
    };
    let overall = poles(&mut bits)?;
    let mut by_group: [Option<Vec<DimensionScore>>; 4] = [None, None, None, None];
    for (slot, n) in by_group.iter_mut().zip(groups) {
        if n >= MIN_RATERS {
            *slot = Some(poles(&mut bits)?);
        }
    }
    let padding = body.len() * 8 - bits.at;
    if padding >= 8 || bits.take(padding as u32) != Some(0) {
        return Err(cut);
    }
    Ok(Pooled {
        form,
        request,
        raters,
        groups,
        overall,
        by_group,
    })
}

/// A code's version and its checked body (the bits without the checksum).
fn unframe(text: &str) -> Result<(u32, Vec<u8>), CodeError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(CodeError::Empty);
    }
    if text.len() > MAX_LEN {
        return Err(CodeError::Unrecognised);
    }
    let rest = text.strip_prefix(PREFIX).ok_or(CodeError::Unrecognised)?;
    // The version is exactly one digit: the payload may itself start with a digit.
    let version = match rest.bytes().next() {
        Some(d @ b'0'..=b'9') => u32::from(d - b'0'),
        _ => return Err(CodeError::Unrecognised),
    };
    match version {
        OLDEST..=VERSION => {}
        v if v > VERSION => return Err(CodeError::FutureVersion(v)),
        v => return Err(CodeError::OldVersion(v)),
    }
    let mut bytes = from_base64url(rest.get(1..).unwrap_or_default())?;
    if bytes.len() < 2 {
        return Err(CodeError::Damaged);
    }
    let check = bytes.split_off(bytes.len() - 2);
    if crc16(&bytes) != u16::from_be_bytes([check[0], check[1]]) {
        return Err(CodeError::Damaged);
    }
    Ok((version, bytes))
}

/// Reads a person's own result code (a colleague's rater code is refused).
pub fn decode_self(bank: &Bank, text: &str) -> Result<Session, CodeError> {
    match decode(bank, text)? {
        (Kind::SelfRating, session) => Ok(session),
        (Kind::Observer { .. }, _) => Err(CodeError::RaterCode),
    }
}

/// Reads a code back into a finished session on its results screen, with its kind.
pub fn decode(bank: &Bank, text: &str) -> Result<(Kind, Session), CodeError> {
    let (version, body) = unframe(text)?;
    let body = body.as_slice();
    let mut bits = BitReader { bytes: body, at: 0 };
    let cut = CodeError::Invalid("the wrong length for its form");
    let kind_bits = bits.take(2).ok_or(cut)?;
    let form = match bits.take(1).ok_or(cut)? {
        0 => Form::Short,
        _ => Form::Full,
    };
    let taken = bits.take(1).ok_or(cut)? == 1;
    let kind = match kind_bits {
        0 => Kind::SelfRating,
        1 => {
            let (request, rater) = (bits.take(32).ok_or(cut)?, bits.take(16).ok_or(cut)? as u16);
            let (pooled, group) = if version >= 2 {
                let pooled = bits.take(1).ok_or(cut)? == 1;
                let group = Group::from_index(bits.take(2).ok_or(cut)? as usize);
                (pooled, group)
            } else {
                (false, None)
            };
            Kind::Observer {
                request,
                rater,
                group,
                pooled,
            }
        }
        2 => return Err(CodeError::PooledCode),
        _ => return Err(CodeError::Invalid("an unknown kind of code")),
    };
    let observer = matches!(kind, Kind::Observer { .. });
    if observer && taken {
        return Err(CodeError::Invalid("colleagues do not take the scenarios"));
    }
    if !observer && !taken && form == Form::Full {
        return Err(CodeError::Invalid("the full form always has scenarios"));
    }
    let mut session = Session::new(bank);
    session.form = form;
    session.sequence = bank.sequence(form);
    for &item in &session.sequence {
        let answer = match bits.take(3).ok_or(cut)? {
            v @ 1..=5 => Answer::Scale(v as u8),
            // A colleague may not have seen any behaviour; the person only where the item allows it.
            6 if observer || bank.items.get(item).is_some_and(|i| i.no_opportunity) => {
                Answer::NoOpportunity
            }
            _ => return Err(CodeError::Invalid("an answer out of range")),
        };
        if let Some(slot) = session.responses.answers.get_mut(item) {
            *slot = Some(answer);
        }
    }
    session.scenarios = if taken {
        Scenarios::Taken
    } else {
        Scenarios::Skipped
    };
    if taken {
        let out_of_range = CodeError::Invalid("a scenario pick out of range");
        if version == 1 {
            for (stage, pick) in session.responses.picks.iter_mut().enumerate() {
                if stage == legacy::V1_STAGES {
                    break;
                }
                let (best, least) = (bits.take(2).ok_or(cut)?, bits.take(2).ok_or(cut)?);
                if best == least {
                    return Err(out_of_range);
                }
                *pick = legacy::v1_pick(stage, Some(best as u8), Some(least as u8))
                    .ok_or(out_of_range)?;
            }
        } else {
            for (stage, (pick, scenario)) in session
                .responses
                .picks
                .iter_mut()
                .zip(bank.scenarios)
                .enumerate()
            {
                let options = scenario.options.len() as u32;
                let (best, least) = (bits.take(2).ok_or(cut)?, bits.take(2).ok_or(cut)?);
                if best >= options || least >= options {
                    return Err(out_of_range);
                }
                // The same option twice, 0 and 0, on a stage newer than version 1 is a stage the
                // answers predate: it stays unanswered. Anywhere else it is not an answer.
                if best == least {
                    if best == 0 && stage >= legacy::V1_STAGES {
                        continue;
                    }
                    return Err(out_of_range);
                }
                *pick = Pick {
                    best: Some(best as u8),
                    least: Some(least as u8),
                };
            }
        }
    }
    // What is left must be the zero padding of the last byte: nothing more, nothing less.
    let padding = body.len() * 8 - bits.at;
    if padding >= 8 || bits.take(padding as u32) != Some(0) {
        return Err(cut);
    }
    session.screen = Screen::Results;
    Ok((kind, session))
}
