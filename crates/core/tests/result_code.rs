#![cfg(not(target_arch = "wasm32"))]
//! Result codes: round trips, the golden layout, every kind of bad input, and a million random and
//! mutated inputs without a panic.

mod common;
use common::{bank, run, Rng};

use radar_core::bank::Form;
use radar_core::flow::{Scenarios, Screen, Session};
use radar_core::responses::{Answer, Pick};
use radar_core::result_code::{decode, encode, CodeError, Kind, VERSION};

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// CRC-16/CCITT-FALSE, as in src/core/result_code.rs.
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

/// A code from raw fields, checksum included, so a test can build well-formed codes with bad contents.
fn craft(fields: &[(u32, u32)]) -> String {
    let mut bits: Vec<u8> = Vec::new();
    for &(value, width) in fields {
        for shift in (0..width).rev() {
            bits.push(((value >> shift) & 1) as u8);
        }
    }
    while bits.len() % 8 != 0 {
        bits.push(0);
    }
    let mut bytes: Vec<u8> = bits
        .chunks(8)
        .map(|c| c.iter().fold(0, |b, &bit| (b << 1) | bit))
        .collect();
    let check = crc16(&bytes);
    bytes.extend(check.to_be_bytes());
    let mut out = String::from("R1");
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

/// A random finished session: any answer (no opportunity where allowed), any distinct picks.
fn random_session(rng: &mut Rng) -> Session {
    let b = bank();
    let form = if rng.below(2) == 0 {
        Form::Short
    } else {
        Form::Full
    };
    let mut s = Session::new(b);
    s.form = form;
    s.sequence = b.sequence(form);
    for &item in &s.sequence {
        s.responses.answers[item] = Some(if b.items[item].no_opportunity && rng.below(6) == 0 {
            Answer::NoOpportunity
        } else {
            Answer::Scale(rng.below(5) as u8 + 1)
        });
    }
    let taken = form == Form::Full || rng.below(2) == 0;
    s.scenarios = if taken {
        Scenarios::Taken
    } else {
        Scenarios::Skipped
    };
    if taken {
        for (pick, scenario) in s.responses.picks.iter_mut().zip(b.scenarios) {
            let n = scenario.options.len();
            let best = rng.below(n);
            let least = (best + 1 + rng.below(n - 1)) % n;
            *pick = Pick {
                best: Some(best as u8),
                least: Some(least as u8),
            };
        }
    }
    s.screen = Screen::Results;
    s
}

#[test]
fn finished_runs_round_trip_and_unfinished_ones_have_no_code() {
    let b = bank();
    for (form, take) in [
        (Form::Short, false),
        (Form::Short, true),
        (Form::Full, true),
    ] {
        let sessions = run(form, take);
        for s in &sessions[..sessions.len() - 1] {
            if !s.is_complete() {
                assert_eq!(encode(b, s), None, "{:?}", s.screen);
            }
        }
        let last = sessions.last().unwrap();
        let code = encode(b, last).expect("a finished run has a code");
        assert_eq!(decode(b, &code), Ok((Kind::SelfRating, last.clone())));
    }
}

#[test]
fn random_sessions_round_trip_in_short_url_safe_codes() {
    let b = bank();
    let mut rng = Rng(0xc0de);
    for _ in 0..3_000 {
        let s = random_session(&mut rng);
        let code = encode(b, &s).unwrap();
        assert!(code.starts_with("R1"));
        assert!(code[2..].bytes().all(|c| ALPHABET.contains(&c)), "{code}");
        let longest = if s.form == Form::Full { 44 } else { 30 };
        assert!(code.len() <= longest, "{} chars: {code}", code.len());
        assert_eq!(decode(b, &code), Ok((Kind::SelfRating, s)));
    }
}

#[test]
fn golden_code() {
    // Short form, scenarios skipped, every statement "Often" (4 = 100 in 3 bits): the header
    // 0001, then sixteen 100s, then padding and the checksum.
    let b = bank();
    let sessions = run(Form::Short, false);
    let mut s = sessions.last().unwrap().clone();
    for &item in &s.sequence.clone() {
        s.responses.answers[item] = Some(Answer::Scale(4));
    }
    let fields: Vec<(u32, u32)> = [(0, 2), (0, 1), (0, 1)]
        .into_iter()
        .chain([(4, 3); 16])
        .collect();
    assert_eq!(encode(b, &s).unwrap(), craft(&fields));
    assert_eq!(encode(b, &s).unwrap().len(), 2 + 12);
}

#[test]
fn rejects_each_kind_of_bad_input() {
    let b = bank();
    let good = encode(b, run(Form::Full, true).last().unwrap()).unwrap();
    assert_eq!(decode(b, ""), Err(CodeError::Empty));
    assert_eq!(decode(b, "  \n "), Err(CodeError::Empty));
    for foreign in [
        "hello",
        "LR1.s.x.k0.----.--.abcd",
        "r1AAAA",
        "R",
        "RX1AAAA",
        "R1234AAAA",
        "https://example.org/#r=R1AAAA",
    ] {
        assert!(
            matches!(
                decode(b, foreign),
                Err(CodeError::Unrecognised | CodeError::Damaged)
            ),
            "{foreign}"
        );
    }
    assert_eq!(
        decode(b, &"R1".repeat(150)),
        Err(CodeError::Unrecognised),
        "far too long"
    );
    assert_eq!(
        decode(b, &good.replacen("R1", "R2", 1)),
        Err(CodeError::FutureVersion(2))
    );
    assert_eq!(
        decode(b, &good.replacen("R1", "R9", 1)),
        Err(CodeError::FutureVersion(9))
    );
    assert_eq!(
        decode(b, &good.replacen("R1", "R0", 1)),
        Err(CodeError::OldVersion(0))
    );
    for bad in ["R1AB*D", "R1AB D", "R1ABé", "R1AB=", "R1AB+/"] {
        assert_eq!(decode(b, bad), Err(CodeError::BadCharacters), "{bad}");
    }
    // Every truncation and every single-character change is caught.
    for cut in 2..good.len() {
        assert!(decode(b, &good[..cut]).is_err(), "cut to {cut}");
    }
    for at in 2..good.len() {
        for &c in ALPHABET {
            let mut changed = good.clone().into_bytes();
            if changed[at] == c {
                continue;
            }
            changed[at] = c;
            let changed = String::from_utf8(changed).unwrap();
            assert!(decode(b, &changed).is_err(), "{changed}");
        }
    }
    // Well-formed codes, correct checksum, impossible contents.
    let header = |kind: u32, full: u32, taken: u32| [(kind, 2), (full, 1), (taken, 1)];
    let short_answers = |v: u32| vec![(v, 3); 16];
    let code = |parts: Vec<(u32, u32)>| craft(&parts);
    let invalid = |text: String, why: &str| {
        assert!(
            matches!(decode(b, &text), Err(CodeError::Invalid(_))),
            "{why}: {text} gave {:?}",
            decode(b, &text)
        );
    };
    invalid(
        code([header(1, 0, 0).to_vec(), short_answers(3)].concat()),
        "unknown kind",
    );
    invalid(
        code([header(0, 0, 0).to_vec(), short_answers(0)].concat()),
        "answer 0",
    );
    invalid(
        code([header(0, 0, 0).to_vec(), short_answers(7)].concat()),
        "answer 7",
    );
    invalid(code(header(0, 0, 0).to_vec()), "no answers");
    invalid(
        code([header(0, 0, 0).to_vec(), vec![(3, 3); 15]].concat()),
        "one answer short",
    );
    invalid(
        code([header(0, 0, 0).to_vec(), short_answers(3), vec![(255, 8)]].concat()),
        "a byte too many",
    );
    invalid(
        code([header(0, 1, 0).to_vec(), vec![(3, 3); 48]].concat()),
        "full form without scenarios",
    );
    // "No opportunity" only where the statement allows it.
    let seq = b.sequence(Form::Short);
    let closed = seq
        .iter()
        .position(|&i| !b.items[i].no_opportunity)
        .expect("an item without it");
    let mut answers = short_answers(3);
    answers[closed] = (6, 3);
    invalid(
        code([header(0, 0, 0).to_vec(), answers].concat()),
        "no opportunity where not allowed",
    );
    // Picks: the same option as best and least.
    let same: Vec<(u32, u32)> = (0..b.scenarios.len())
        .flat_map(|_| [(1, 2), (1, 2)])
        .collect();
    invalid(
        code([header(0, 0, 1).to_vec(), short_answers(3), same].concat()),
        "best == least",
    );
    // Non-zero padding (the short form with scenarios skipped has 52 bits: 4 bits of padding).
    let mut padded = [header(0, 0, 0).to_vec(), short_answers(3)].concat();
    padded.push((1, 1));
    invalid(code(padded), "non-zero padding");
}

#[test]
fn surrounding_white_space_is_ignored() {
    let b = bank();
    let code = encode(b, run(Form::Short, true).last().unwrap()).unwrap();
    assert!(decode(b, &format!("  {code}\n")).is_ok());
}

/// One million random and mutated inputs: no panic, and whatever decodes re-encodes to itself.
#[test]
fn a_million_random_and_mutated_inputs_never_panic() {
    let b = bank();
    let mut rng = Rng(0x00f0_0d5e_ed00);
    let seeds: Vec<String> = (0..64)
        .map(|_| encode(b, &random_session(&mut rng)).unwrap())
        .collect();
    let symbols = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_R1.+/=* \n";
    let mut accepted = 0;
    for round in 0..1_000_000 {
        let text = if round % 2 == 0 {
            let len = rng.below(60);
            let mut t: Vec<u8> = b"R1".to_vec();
            t.extend((0..len).map(|_| symbols[rng.below(symbols.len())]));
            String::from_utf8(t).unwrap()
        } else {
            let mut t = seeds[rng.below(seeds.len())].clone().into_bytes();
            for _ in 0..=rng.below(3) {
                let at = rng.below(t.len());
                match rng.below(3) {
                    0 => t[at] = symbols[rng.below(symbols.len())],
                    1 => t.insert(at, symbols[rng.below(symbols.len())]),
                    _ if t.len() > 1 => {
                        t.remove(at);
                    }
                    _ => {}
                }
            }
            String::from_utf8(t).unwrap()
        };
        if let Ok((_, session)) = decode(b, &text) {
            // An unchanged seed (or one with white space around it) is not a surprise.
            if !seeds.iter().any(|seed| seed == text.trim()) {
                accepted += 1;
            }
            assert_eq!(encode(b, &session).as_deref(), Some(text.trim()), "{text}");
        }
    }
    // A change that survives a 16-bit checksum and the layout checks is rare: about 1 in 65,536.
    assert!(accepted < 60, "{accepted} changed or random inputs decoded");
}

#[test]
fn the_version_is_one() {
    assert_eq!(VERSION, 1);
}
