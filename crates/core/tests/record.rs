#![cfg(not(target_arch = "wasm32"))]
//! Saved records: round trips at every screen, the golden layout, rejections and robustness.

mod common;
use common::{bank, picked_keys, run, step, Rng};

use radar_core::bank::Form;
use radar_core::flow::{Action, Scenarios, Screen, Session};
use radar_core::record::{decode, encode, RecordError, OLDEST, VERSION};
use radar_core::responses::Answer;

/// Fletcher-16, as in src/core/record.rs.
fn fletcher16(bytes: &[u8]) -> u16 {
    let (mut a, mut b) = (0u16, 0u16);
    for &byte in bytes {
        a = (a + u16::from(byte)) % 255;
        b = (b + a) % 255;
    }
    (b << 8) | a
}

/// Replaces the checksum of a record body (everything before the last '.').
fn with_checksum(body: &str) -> String {
    format!("{body}.{:04x}", fletcher16(body.as_bytes()))
}

/// The record's fields without the checksum.
fn fields(record: &str) -> Vec<String> {
    let (body, _) = record.rsplit_once('.').unwrap();
    body.split('.').map(str::to_string).collect()
}

fn all_runs() -> Vec<Session> {
    let mut sessions = run(Form::Short, false);
    sessions.extend(run(Form::Short, true));
    sessions.extend(run(Form::Full, true));
    sessions
}

#[test]
fn round_trips_at_every_screen_of_both_forms() {
    let mut screens = std::collections::HashSet::new();
    for session in all_runs() {
        let record = encode(&session);
        let decoded = decode(bank(), &record).unwrap_or_else(|e| panic!("{record}: {e}"));
        assert_eq!(decoded, session, "{record}");
        assert_eq!(encode(&decoded), record);
        screens.insert((
            session.form,
            std::mem::discriminant(&session.screen),
            session.from_review,
        ));
    }
    // intro, item, scenario intro, scenario, review, results, plus items and scenarios opened from
    // the review; the short form visits all of them when it takes the scenarios.
    let count = |form: Form| screens.iter().filter(|(f, _, _)| *f == form).count();
    assert!(count(Form::Short) >= 8, "{screens:?}");
    assert!(count(Form::Full) >= 7, "{screens:?}");
}

#[test]
fn decoding_tolerates_surrounding_whitespace() {
    let session = run(Form::Full, true).pop().unwrap();
    let record = encode(&session);
    assert_eq!(decode(bank(), &format!("  {record}\n")), Ok(session));
}

#[test]
fn golden_fresh_session() {
    let b = bank();
    let record = encode(&Session::new(b));
    assert!(record.starts_with("LR2.s.i.p0."), "{record}");
    let (body, check) = record.rsplit_once('.').unwrap();
    assert_eq!(check.len(), 4);
    assert!(
        check
            .bytes()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()),
        "{check}"
    );
    assert_eq!(
        u16::from_str_radix(check, 16).unwrap(),
        fletcher16(body.as_bytes())
    );
    let expected_body = format!(
        "LR2.s.i.p0.{}.{}",
        "-".repeat(b.items.len()),
        "-".repeat(2 * b.scenarios.len())
    );
    assert_eq!(body, expected_body);
    assert_eq!((VERSION, OLDEST), (2, 1));
}

#[test]
fn golden_layout_of_a_run() {
    let b = bank();
    let s = step(&Session::new(b), Action::Start(Form::Full));
    let s = step(&s, Action::Answer(0, Answer::Scale(4)));
    let record = encode(&s);
    let f = fields(&record);
    assert_eq!(f[..4], ["LR2", "f", "q1", "p0"]);
    let mut answers = vec!['-'; b.items.len()];
    answers[s.sequence[0]] = '4';
    assert_eq!(f[4], answers.iter().collect::<String>());
    assert_eq!(f[5], "-".repeat(16));
    // Results of a short run with skipped scenarios.
    let results = run(Form::Short, false).pop().unwrap();
    let f = fields(&encode(&results));
    assert_eq!(f[..4], ["LR2", "s", "x", "k0"]);
    // A scenario opened from the review: c1 and the review flag.
    let full = run(Form::Full, true);
    let editing = full
        .iter()
        .find(|s| s.screen == Screen::Scenario(1) && s.from_review)
        .unwrap();
    let f = fields(&encode(editing));
    assert_eq!(f[..4], ["LR2", "f", "c1", "t1"]);
    // picks: scenario i picked best (i % 4), least ((i + 3) % 4) as letters.
    let picks: String = (0..b.scenarios.len())
        .flat_map(|i| {
            [
                (b'a' + (i % 4) as u8) as char,
                (b'a' + ((i + 3) % 4) as u8) as char,
            ]
        })
        .collect();
    assert_eq!(f[5], picks);
    // A No-opportunity answer is written as `n`.
    assert!(f[4].contains('n'));
}

// ---------------------------------------------------------------- rejections

fn fresh_record() -> String {
    encode(&Session::new(bank()))
}

fn results_record() -> String {
    encode(&run(Form::Full, true).pop().unwrap())
}

#[test]
fn rejects_empty_and_foreign_text() {
    let b = bank();
    assert_eq!(decode(b, ""), Err(RecordError::Unrecognised));
    assert_eq!(decode(b, "   "), Err(RecordError::Unrecognised));
    assert_eq!(decode(b, "hello, world"), Err(RecordError::Unrecognised));
    assert_eq!(
        decode(b, "{\"answers\":[1,2,3]}"),
        Err(RecordError::Unrecognised)
    );
    assert_eq!(decode(b, "LR"), Err(RecordError::Unrecognised));
    assert_eq!(decode(b, "LRx.s.i.p0"), Err(RecordError::Unrecognised));
    assert_eq!(decode(b, "lr1.s.i.p0"), Err(RecordError::Unrecognised));
    assert_eq!(
        decode(b, "LR99999999999999999999.s"),
        Err(RecordError::Unrecognised)
    );
}

#[test]
fn rejects_other_versions() {
    let b = bank();
    let record = fresh_record();
    let old = record.replacen("LR2", "LR0", 1);
    assert_eq!(decode(b, &old), Err(RecordError::OldVersion(0)));
    assert_eq!(
        decode(b, &with_checksum(old.rsplit_once('.').unwrap().0)),
        Err(RecordError::OldVersion(0))
    );
    let future = record.replacen("LR2", "LR3", 1);
    assert_eq!(decode(b, &future), Err(RecordError::FutureVersion(3)));
    assert_eq!(
        decode(b, "LR17.anything"),
        Err(RecordError::FutureVersion(17))
    );
}

#[test]
fn rejects_one_changed_character() {
    let b = bank();
    for record in [fresh_record(), results_record()] {
        let bytes = record.as_bytes();
        // Every position after "LR2.", changed to a different character of the record's alphabet.
        for position in 4..bytes.len() {
            for replacement in [b'-', b'3', b'n', b'a', b'.', b'x', b'0', b'f'] {
                if replacement == bytes[position] {
                    continue;
                }
                let mut changed = bytes.to_vec();
                changed[position] = replacement;
                let changed = String::from_utf8(changed).unwrap();
                assert_eq!(
                    decode(b, &changed),
                    Err(RecordError::Damaged),
                    "position {position} -> {}: {changed}",
                    replacement as char
                );
            }
        }
    }
}

#[test]
fn rejects_a_truncated_record() {
    let b = bank();
    for record in [fresh_record(), results_record()] {
        for len in 3..record.len() {
            assert_eq!(
                decode(b, &record[..len]),
                Err(RecordError::Damaged),
                "{}",
                &record[..len]
            );
        }
        // Cut from the front instead.
        assert_eq!(decode(b, &record[1..]), Err(RecordError::Unrecognised));
    }
}

#[test]
fn rejects_an_answers_field_one_char_short() {
    let b = bank();
    let record = results_record();
    let mut f = fields(&record);
    f[4].pop();
    let shortened = with_checksum(&f.join("."));
    assert_eq!(
        decode(b, &shortened),
        Err(RecordError::Invalid("saved for a different question bank"))
    );
    // One char too many, or picks one short, likewise.
    let mut f = fields(&record);
    f[4].push('3');
    assert!(matches!(
        decode(b, &with_checksum(&f.join("."))),
        Err(RecordError::Invalid(_))
    ));
    let mut f = fields(&record);
    f[5].pop();
    assert!(matches!(
        decode(b, &with_checksum(&f.join("."))),
        Err(RecordError::Invalid(_))
    ));
}

#[test]
fn rejects_results_with_unanswered_items() {
    let b = bank();
    let record = results_record();
    assert!(decode(b, &record).is_ok());
    let mut f = fields(&record);
    assert_eq!(f[2], "x");
    // Blank the answer of the first item of the sequence.
    let first = b.sequence(Form::Full)[0];
    let mut answers: Vec<char> = f[4].chars().collect();
    answers[first] = '-';
    f[4] = answers.into_iter().collect();
    let forged = with_checksum(&f.join("."));
    assert!(
        matches!(decode(b, &forged), Err(RecordError::Invalid(_))),
        "{forged}"
    );
    // Results claimed straight from a fresh session.
    let mut f = fields(&fresh_record());
    f[2] = "x".to_string();
    f[3] = "k0".to_string();
    assert!(matches!(
        decode(b, &with_checksum(&f.join("."))),
        Err(RecordError::Invalid(_))
    ));
    // Results with an incomplete scenario.
    let mut f = fields(&record);
    f[5].replace_range(0..1, "-");
    assert!(matches!(
        decode(b, &with_checksum(&f.join("."))),
        Err(RecordError::Invalid(_))
    ));
}

#[test]
fn rejects_no_opportunity_on_an_item_without_it() {
    let b = bank();
    let record = results_record();
    let mut f = fields(&record);
    let i = b.items.iter().position(|it| !it.no_opportunity).unwrap();
    let mut answers: Vec<char> = f[4].chars().collect();
    answers[i] = 'n';
    f[4] = answers.into_iter().collect();
    assert_eq!(
        decode(b, &with_checksum(&f.join("."))),
        Err(RecordError::Invalid("bad answer"))
    );
    // ...while `n` on an item that offers it is accepted.
    let mut f = fields(&record);
    let i = b.items.iter().position(|it| it.no_opportunity).unwrap();
    let mut answers: Vec<char> = f[4].chars().collect();
    answers[i] = 'n';
    f[4] = answers.into_iter().collect();
    let decoded = decode(b, &with_checksum(&f.join("."))).expect("n where offered");
    assert_eq!(decoded.responses.answers[i], Some(Answer::NoOpportunity));
}

#[test]
fn rejects_other_invalid_fields() {
    let b = bank();
    let record = results_record();
    let forge = |index: usize, value: &str| {
        let mut f = fields(&record);
        f[index] = value.to_string();
        decode(b, &with_checksum(&f.join(".")))
    };
    assert_eq!(forge(1, "m"), Err(RecordError::Invalid("unknown form")));
    assert_eq!(forge(2, "z"), Err(RecordError::Invalid("bad screen")));
    assert_eq!(forge(2, "q"), Err(RecordError::Invalid("bad screen")));
    assert_eq!(forge(2, "q1234"), Err(RecordError::Invalid("bad screen")));
    assert_eq!(forge(2, "c-1"), Err(RecordError::Invalid("bad screen")));
    assert!(
        matches!(forge(2, "q48"), Err(RecordError::Invalid(_))),
        "past the last item"
    );
    assert!(
        matches!(forge(2, "c8"), Err(RecordError::Invalid(_))),
        "past the last scenario"
    );
    assert_eq!(forge(3, "t"), Err(RecordError::Invalid("bad flags")));
    assert_eq!(forge(3, "t2"), Err(RecordError::Invalid("bad flags")));
    assert_eq!(
        forge(3, "z0"),
        Err(RecordError::Invalid("bad scenario state"))
    );
    // Skipped scenarios in the full form cannot happen.
    assert!(matches!(forge(3, "k0"), Err(RecordError::Invalid(_))));
    // "Opened from the review" only on item and scenario screens.
    assert!(matches!(forge(3, "t1"), Err(RecordError::Invalid(_))));
    // A pick letter beyond d, and the same option as best and least.
    let mut f = fields(&record);
    f[5].replace_range(0..1, "e");
    assert_eq!(
        decode(b, &with_checksum(&f.join("."))),
        Err(RecordError::Invalid("bad scenario pick"))
    );
    let mut f = fields(&record);
    f[5].replace_range(0..2, "bb");
    assert_eq!(
        decode(b, &with_checksum(&f.join("."))),
        Err(RecordError::Invalid("same option picked as best and least"))
    );
    // An extra field.
    let mut f = fields(&record);
    f.push("extra".to_string());
    assert_eq!(
        decode(b, &with_checksum(&f.join("."))),
        Err(RecordError::Invalid("wrong number of fields"))
    );
    // Intro with answers.
    let mut f = fields(&record);
    f[2] = "i".to_string();
    f[3] = "p0".to_string();
    assert!(matches!(
        decode(b, &with_checksum(&f.join("."))),
        Err(RecordError::Invalid(_))
    ));
}

#[test]
fn errors_display_in_words() {
    assert_eq!(
        RecordError::OldVersion(0).to_string(),
        "from an older version (0)"
    );
    assert_eq!(
        RecordError::FutureVersion(2).to_string(),
        "from a newer version (2)"
    );
    assert!(RecordError::Damaged.to_string().contains("checksum"));
    assert_eq!(
        RecordError::Invalid("bad answer").to_string(),
        "invalid: bad answer"
    );
}

// ---------------------------------------------------------------- robustness

fn mutate(rng: &mut Rng, record: &str) -> Vec<u8> {
    let mut bytes = record.as_bytes().to_vec();
    let alphabet = b"LR0123456789abcdefnqcsxirpktf-. \xc3\xa9\xff\x00";
    for _ in 0..1 + rng.below(3) {
        match rng.below(5) {
            0 if !bytes.is_empty() => {
                let i = rng.below(bytes.len());
                bytes[i] ^= 1 << rng.below(8);
            }
            1 if !bytes.is_empty() => {
                bytes.remove(rng.below(bytes.len()));
            }
            2 => {
                let i = rng.below(bytes.len() + 1);
                bytes.insert(i, alphabet[rng.below(alphabet.len())]);
            }
            3 => {
                let len = rng.below(bytes.len() + 1);
                bytes.truncate(len);
            }
            _ if !bytes.is_empty() => {
                let i = rng.below(bytes.len());
                bytes[i] = alphabet[rng.below(alphabet.len())];
            }
            _ => {}
        }
    }
    bytes
}

#[test]
fn mutated_records_never_panic() {
    let b = bank();
    let sources: Vec<String> = all_runs().iter().map(encode).collect();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut accepted = 0;
    for case in 0..20_000 {
        let source = &sources[rng.below(sources.len())];
        let mutated = mutate(&mut rng, source);
        let text = String::from_utf8_lossy(&mutated).into_owned();
        // Half the time, re-seal the checksum so the mutation reaches the field parser.
        let text = if case % 2 == 1 {
            match text.rsplit_once('.') {
                Some((body, _)) => with_checksum(body),
                None => text,
            }
        } else {
            text
        };
        if let Ok(session) = decode(b, &text) {
            accepted += 1;
            // Whatever is accepted is a consistent session that round-trips.
            assert_eq!(session.sequence, b.sequence(session.form));
            assert_eq!(decode(b, &encode(&session)), Ok(session.clone()), "{text}");
            if session.screen == Screen::Results {
                assert!(session.is_complete(), "{text}");
            }
            if session.scenarios == Scenarios::Skipped {
                assert_eq!(session.form, Form::Short, "{text}");
            }
        }
    }
    assert!(accepted < 20_000, "mutations are mostly rejected");
}

// ---------------------------------------------------------------- regressions for bugs found by this suite

#[test]
fn rejects_an_upper_case_checksum() {
    let b = bank();
    let records: Vec<String> = all_runs().iter().map(encode).collect();
    let lettered = records
        .iter()
        .find(|r| {
            r.rsplit_once('.')
                .unwrap()
                .1
                .bytes()
                .any(|c| c.is_ascii_alphabetic())
        })
        .expect("some checksum has a hex letter");
    let (body, check) = lettered.rsplit_once('.').unwrap();
    let upper = format!("{body}.{}", check.to_ascii_uppercase());
    assert_ne!(&upper, lettered);
    assert_eq!(decode(b, &upper), Err(RecordError::Damaged), "{upper}");
}

#[test]
fn rejects_a_signed_checksum() {
    let b = bank();
    let records: Vec<String> = all_runs().iter().map(encode).collect();
    let small = records
        .iter()
        .find(|r| r.rsplit_once('.').unwrap().1.starts_with('0'))
        .expect("some checksum starts with 0");
    let (body, check) = small.rsplit_once('.').unwrap();
    let signed = format!("{body}.+{}", &check[1..]);
    assert_eq!(signed.len(), small.len());
    assert_eq!(decode(b, &signed), Err(RecordError::Damaged), "{signed}");
}

#[test]
fn rejects_intro_with_scenario_picks() {
    let b = bank();
    let mut f = fields(&fresh_record());
    f[5].replace_range(0..2, "ad");
    let forged = with_checksum(&f.join("."));
    assert!(
        matches!(decode(b, &forged), Err(RecordError::Invalid(_))),
        "{forged}"
    );
}

#[test]
fn a_version_1_record_keeps_its_answers_on_todays_options_and_its_results() {
    let b = bank();
    // Written by the version 1 build: a full run at its results, scenarios taken, the seven stages
    // picked a/d, b/a, c/b, d/c, a/d, b/a, c/b on the options in their order then.
    let answers = fields(&results_record())[4].clone();
    let body = format!("LR1.f.x.t0.{answers}.adbacbdcadbacb");
    let session = decode(b, &with_checksum(&body)).expect("a version 1 record still reads");
    let keys = picked_keys(&session);
    // The keys those moves had then; the eighth stage is newer and waits unanswered.
    assert_eq!(
        keys,
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
    assert_eq!(session.screen, Screen::Results);
    assert!(session.is_finished() && !session.is_complete());
    // Saved again, it is a version 2 record that reads back the same.
    let again = encode(&session);
    assert!(again.starts_with("LR2."), "{again}");
    assert_eq!(decode(b, &again), Ok(session));
    // Mid-run at the old last stage, it goes on to the new one.
    let body = format!("LR1.f.c6.t0.{answers}.adbacbdcadbacb");
    let mid = decode(b, &with_checksum(&body)).expect("mid-run");
    assert_eq!(mid.screen, Screen::Scenario(6));
    let next = step(&mid, Action::Next);
    assert_eq!(next.screen, Screen::Scenario(7));
    // A version 1 record has seven stages' picks, no more and no fewer.
    for picks in ["adbacbdcadbacbab", "adbacbdcadba"] {
        let body = format!("LR1.f.x.t0.{answers}.{picks}");
        assert_eq!(
            decode(b, &with_checksum(&body)),
            Err(RecordError::Invalid("saved for a different question bank"))
        );
    }
}
