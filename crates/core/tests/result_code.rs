#![cfg(not(target_arch = "wasm32"))]
//! Result codes: round trips, the golden layout, every kind of bad input, and a million random and
//! mutated inputs without a panic.

mod common;
use common::{bank, picked_keys, run, Rng};

use radar_core::bank::Form;
use radar_core::flow::{Scenarios, Screen, Session};
use radar_core::responses::{Answer, Pick};
use radar_core::result_code::{decode, encode, CodeError, Kind, OLDEST, VERSION};
use radar_core::scoring::score;

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

/// A code of this version from raw fields, checksum included, so a test can build well-formed codes
/// with bad contents.
fn craft(fields: &[(u32, u32)]) -> String {
    craft_version(VERSION, fields)
}

/// A code of `version` from raw fields, checksum included.
fn craft_version(version: u32, fields: &[(u32, u32)]) -> String {
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
    let mut out = format!("R{version}");
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
        assert!(code.starts_with("R2"));
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
        decode(b, &good.replacen("R2", "R3", 1)),
        Err(CodeError::FutureVersion(3))
    );
    assert_eq!(
        decode(b, &good.replacen("R2", "R9", 1)),
        Err(CodeError::FutureVersion(9))
    );
    assert_eq!(
        decode(b, &good.replacen("R2", "R0", 1)),
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
            // Both versions this build reads.
            let mut t: Vec<u8> = if round % 4 == 0 { b"R1" } else { b"R2" }.to_vec();
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
            let again = encode(b, &session).expect("a decoded session is finished");
            if text.trim().starts_with("R2") {
                assert_eq!(again, text.trim(), "{text}");
            } else {
                // A version 1 code is written again as version 2, with the same answers.
                assert_eq!(decode(b, &again).map(|(_, s)| s), Ok(session), "{text}");
            }
        }
    }
    // A change that survives a 16-bit checksum and the layout checks is rare: about 1 in 65,536.
    assert!(accepted < 60, "{accepted} changed or random inputs decoded");
}

#[test]
fn the_version_is_two_and_one_is_still_read() {
    assert_eq!((VERSION, OLDEST), (2, 1));
}

#[test]
fn a_version_1_code_reads_its_picks_onto_todays_options_and_keeps_its_agility() {
    let b = bank();
    // The full-form golden code of the last version 1 build (crates/core/tests/golden), whose
    // export read agility 71.4 with hats switched: picks a/d, b/a, c/b, d/c, a/d, b/a, c/b on the
    // options as they were ordered then.
    let (kind, s) = decode(b, "R1PJzHOXLTFOXLSlOUpynPUrTHM0njSWAs").expect("still read");
    assert_eq!(kind, Kind::SelfRating);
    assert_eq!(s.form, Form::Full);
    // The same moves, so the same keys, wherever the options sit now; the eighth stage is newer.
    assert_eq!(
        picked_keys(&s),
        vec![
            Some((2, -1)),
            Some((2, 0)),
            Some((2, 0)),
            Some((2, -1)),
            Some((0, -1)),
            Some((1, 0)),
            Some((1, 0)),
            None
        ]
    );
    assert_eq!(s.responses.picks[7], Pick::default());
    let report = score(b, s.form, &s.responses, true);
    let agility = report.agility.expect("seven stages answered");
    // 3 + 2 + 2 + 3 + 1 + 1 + 1 = 13 over -7..21: 100 * 20 / 28, as then.
    assert!(
        (agility.score - 2000.0 / 28.0).abs() < 1e-9,
        "{}",
        agility.score
    );
    assert_eq!(agility.switched, vec![0]);
    // Written again it becomes a version 2 code that reads back the same, the eighth unanswered.
    let again = encode(b, &s).expect("a finished session");
    assert!(again.starts_with("R2"), "{again}");
    assert_eq!(decode(b, &again), Ok((Kind::SelfRating, s.clone())));
    // Answering the eighth stage (Change answers) completes it as any session.
    let mut done = s;
    done.responses.picks[7] = Pick {
        best: Some(3),
        least: Some(2),
    };
    assert!(done.is_complete());
    // A version 1 code without scenarios, or a colleague's, has the same layout in both versions.
    let fields: Vec<(u32, u32)> = [(0, 2), (0, 1), (0, 1)]
        .into_iter()
        .chain([(4, 3); 16])
        .collect();
    let (old, new) = (craft_version(1, &fields), craft(&fields));
    assert_eq!(
        decode(b, &old).map(|(_, s)| s),
        decode(b, &new).map(|(_, s)| s)
    );
}

#[test]
fn a_version_2_code_refuses_a_stage_picked_twice_except_as_unanswered() {
    let b = bank();
    let header: Vec<(u32, u32)> = [(0, 2), (0, 1), (1, 1)]
        .into_iter()
        .chain([(4, 3); 16])
        .collect();
    let with = |stages: &[(u32, u32)]| {
        let mut fields = header.clone();
        for &(best, least) in stages {
            fields.extend([(best, 2), (least, 2)]);
        }
        decode(b, &craft(&fields))
    };
    let mut stages = vec![(0, 1); 8];
    assert!(with(&stages).is_ok());
    stages[7] = (0, 0);
    let (_, s) = with(&stages).expect("0 and 0: an unanswered stage");
    assert_eq!(s.responses.picks[7], Pick::default());
    stages[7] = (2, 2);
    assert_eq!(
        with(&stages),
        Err(CodeError::Invalid("a scenario pick out of range"))
    );
    // Only a stage newer than version 1 may be unanswered.
    stages[7] = (0, 1);
    stages[3] = (0, 0);
    assert_eq!(
        with(&stages),
        Err(CodeError::Invalid("a scenario pick out of range"))
    );
}

#[test]
fn every_version_1_option_lands_on_the_same_move_today() {
    use radar_core::bank::Hat::{self, Avoid, Lead, Manage};
    use radar_core::legacy::{v1_pick, V1_STAGES};
    let b = bank();
    // Version 1's options a to d, as (hat, key), in its bank.toml.
    const THEN: [[(Hat, i8); 4]; 7] = [
        [(Manage, 2), (Manage, 1), (Lead, 0), (Avoid, -1)],
        [(Manage, 0), (Lead, 2), (Lead, 1), (Avoid, -1)],
        [(Lead, 1), (Manage, 0), (Lead, 2), (Avoid, -1)],
        [(Lead, 0), (Manage, 1), (Avoid, -1), (Manage, 2)],
        [(Manage, 0), (Lead, 2), (Lead, 1), (Avoid, -1)],
        [(Lead, 0), (Manage, 1), (Manage, 2), (Avoid, -1)],
        [(Lead, 2), (Manage, 0), (Lead, 1), (Avoid, -1)],
    ];
    assert_eq!(V1_STAGES, THEN.len());
    for (stage, options) in THEN.iter().enumerate() {
        let mut seen = Vec::new();
        for (old, &(hat, key)) in options.iter().enumerate() {
            let pick = v1_pick(stage, Some(old as u8), None).expect("an option version 1 had");
            let now = &b.scenarios[stage].options[usize::from(pick.best.unwrap())];
            assert_eq!(
                (now.hat, now.key),
                (hat, key),
                "stage {stage}, option {old}"
            );
            seen.push(pick.best);
        }
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), 4, "stage {stage}: a one-to-one map");
    }
    assert_eq!(
        v1_pick(7, Some(0), Some(1)),
        None,
        "version 1 had no eighth stage"
    );
    assert_eq!(v1_pick(0, Some(4), None), None);
}
