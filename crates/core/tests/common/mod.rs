//! Helpers shared by the native test files.
#![allow(dead_code)]

use radar_core::bank::{Bank, Form};
use radar_core::flow::{Action, Screen, Session};
use radar_core::locale::Texts;
use radar_core::responses::Answer;

/// The dimension ids in radar order, from the compiled-in bank (the content crate's tests hold
/// them to the content model's list).
pub fn dimension_ids() -> Vec<&'static str> {
    bank().dimensions.iter().map(|d| d.id).collect()
}

/// The compiled-in bank.
pub fn bank() -> &'static Bank {
    radar_content::bank()
}

/// The compiled-in English texts.
pub fn texts() -> Texts {
    radar_content::english_texts()
}

/// A tiny deterministic xorshift64* generator, so property runs repeat exactly.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

pub fn step(session: &Session, action: Action) -> Session {
    session
        .apply(bank(), action)
        .unwrap_or_else(|| panic!("{action:?} refused on {:?}", session.screen))
}

/// Every session seen along a run of a form (taking the scenarios, or skipping them in the short form),
/// including review edits.
pub fn run(form: Form, take_scenarios: bool) -> Vec<Session> {
    let b = bank();
    let mut seen = vec![Session::new(b)];
    let mut s = step(&seen[0], Action::Start(form));
    seen.push(s.clone());
    let total = s.sequence.len();
    for p in 0..total {
        let answer = if b.items[s.sequence[p]].no_opportunity && p % 2 == 0 {
            Answer::NoOpportunity
        } else {
            Answer::Scale((p % 5) as u8 + 1)
        };
        s = step(&s, Action::Answer(p, answer));
        seen.push(s.clone());
    }
    assert_eq!(s.screen, Screen::ScenarioIntro);
    if take_scenarios {
        s = step(&s, Action::StartScenarios);
        seen.push(s.clone());
        for i in 0..b.scenarios.len() {
            s = step(&s, Action::PickBest(i, (i % 4) as u8));
            seen.push(s.clone());
            s = step(&s, Action::PickLeast(i, ((i + 3) % 4) as u8));
            seen.push(s.clone());
            s = step(&s, Action::Next);
            seen.push(s.clone());
        }
    } else {
        s = step(&s, Action::SkipScenarios);
        seen.push(s.clone());
    }
    assert_eq!(s.screen, Screen::Review);
    let editing = step(&s, Action::EditItem(3));
    assert!(editing.from_review);
    seen.push(editing);
    if take_scenarios {
        let editing = step(&s, Action::EditScenario(1));
        assert!(editing.from_review);
        seen.push(editing);
    }
    s = step(&s, Action::ShowResults);
    assert_eq!(s.screen, Screen::Results);
    seen.push(s);
    seen
}

/// Checks that every opened tag is closed in order (SVG children may self-close).
pub fn assert_balanced(html: &str) {
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').expect("every tag ends") + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop(), Some(name), "closing </{name}>");
        } else if !tag.ends_with('/') {
            stack.push(tag.split_whitespace().next().unwrap());
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

/// Whether `text` is one well-formed JSON value (a small recursive-descent check for tests).
pub fn is_json(text: &str) -> bool {
    fn ws(b: &[u8], mut i: usize) -> usize {
        while i < b.len() && b" \t\r\n".contains(&b[i]) {
            i += 1;
        }
        i
    }
    fn value(b: &[u8], i: usize) -> Option<usize> {
        let i = ws(b, i);
        match *b.get(i)? {
            b'{' => {
                let mut i = ws(b, i + 1);
                if b.get(i) == Some(&b'}') {
                    return Some(i + 1);
                }
                loop {
                    i = string(b, ws(b, i))?;
                    i = ws(b, i);
                    if b.get(i) != Some(&b':') {
                        return None;
                    }
                    i = ws(b, value(b, i + 1)?);
                    match b.get(i)? {
                        b',' => i += 1,
                        b'}' => return Some(i + 1),
                        _ => return None,
                    }
                }
            }
            b'[' => {
                let mut i = ws(b, i + 1);
                if b.get(i) == Some(&b']') {
                    return Some(i + 1);
                }
                loop {
                    i = ws(b, value(b, i)?);
                    match b.get(i)? {
                        b',' => i += 1,
                        b']' => return Some(i + 1),
                        _ => return None,
                    }
                }
            }
            b'"' => string(b, i),
            b't' => b[i..].starts_with(b"true").then_some(i + 4),
            b'f' => b[i..].starts_with(b"false").then_some(i + 5),
            b'n' => b[i..].starts_with(b"null").then_some(i + 4),
            _ => {
                let start = i;
                let mut j = i;
                while j < b.len() && (b[j].is_ascii_digit() || b"-+.eE".contains(&b[j])) {
                    j += 1;
                }
                std::str::from_utf8(&b[start..j])
                    .ok()?
                    .parse::<f64>()
                    .ok()?;
                Some(j)
            }
        }
    }
    fn string(b: &[u8], i: usize) -> Option<usize> {
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let mut i = i + 1;
        loop {
            match *b.get(i)? {
                b'"' => return Some(i + 1),
                b'\\' => i += 2,
                c if c < 0x20 => return None,
                _ => i += 1,
            }
        }
    }
    let b = text.as_bytes();
    value(b, 0).is_some_and(|end| ws(b, end) == b.len())
}

/// The keys of a session's picks (best, least), per stage; `None` where a stage is unanswered.
pub fn picked_keys(s: &Session) -> Vec<Option<(i8, i8)>> {
    let b = bank();
    s.responses
        .picks
        .iter()
        .zip(b.scenarios)
        .map(|(p, sc)| {
            Some((
                sc.options[usize::from(p.best?)].key,
                sc.options[usize::from(p.least?)].key,
            ))
        })
        .collect()
}
