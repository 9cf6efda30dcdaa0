#![cfg(not(target_arch = "wasm32"))]
//! Self versus others: invitations, rater codes, the three-rater rule, refusals and the gaps,
//! checked against hand-computed values.

mod common;
use common::{bank, run, Rng};

use radar_core::bank::{Form, Keying, Pole};
use radar_core::flow::Session;
use radar_core::raters::{
    clean_name, explain_invite_error, Comparison, Invite, Refusal, MIN_RATERS,
};
use radar_core::report::explain_code_error;
use radar_core::responses::Answer;
use radar_core::result_code::{decode, encode, encode_observer, CodeError, Kind};

/// The person: the short form, every statement "Sometimes" (3), scenarios skipped. Every pole 50.
fn own() -> Session {
    let mut s = run(Form::Short, false).last().unwrap().clone();
    for &item in &s.sequence.clone() {
        s.responses.answers[item] = Some(Answer::Scale(3));
    }
    s
}

/// A colleague's answers: `value` for every statement of the short form (a fresh rater number each time).
fn rater(request: u32, value: u8) -> String {
    use std::sync::atomic::{AtomicU16, Ordering};
    static NEXT: AtomicU16 = AtomicU16::new(1);
    rater_numbered(request, value, NEXT.fetch_add(1, Ordering::Relaxed))
}

fn rater_numbered(request: u32, value: u8, number: u16) -> String {
    let b = bank();
    let mut answers = vec![None; b.items.len()];
    for item in b.sequence(Form::Short) {
        answers[item] = Some(Answer::Scale(value));
    }
    encode_observer(b, Form::Short, request, number, &answers).unwrap()
}

fn invite() -> Invite {
    Invite {
        form: Form::Short,
        request: 0xdead_beef,
        name: "Ana".to_string(),
    }
}

#[test]
fn invitations_round_trip_and_refuse_damage() {
    for invite in [
        invite(),
        Invite {
            form: Form::Full,
            request: 0,
            name: String::new(),
        },
        Invite {
            form: Form::Short,
            request: u32::MAX,
            name: "José-María O’Neil".to_string(),
        },
    ] {
        let text = invite.encode();
        assert!(
            text.starts_with("I1")
                && text[2..]
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        );
        assert_eq!(Invite::decode(&text), Ok(invite));
    }
    let good = invite().encode();
    assert_eq!(Invite::decode(""), Err(CodeError::Empty));
    assert_eq!(Invite::decode("R1AAAA"), Err(CodeError::Unrecognised));
    for cut in 2..good.len() {
        assert!(Invite::decode(&good[..cut]).is_err(), "{cut}");
    }
    let mut rng = Rng(7);
    for _ in 0..20_000 {
        let mut t = good.clone().into_bytes();
        let at = 2 + rng.below(t.len() - 2);
        t[at] = b"ABCabc0129-_*"[rng.below(13)];
        let t = String::from_utf8(t).unwrap();
        if t != good {
            // A changed invitation never silently becomes another valid one with a different request.
            if let Ok(other) = Invite::decode(&t) {
                assert_eq!(other.encode(), t);
            }
        }
    }
}

#[test]
fn first_names_are_cleaned_or_refused() {
    assert_eq!(clean_name("  Ana   María "), Some("Ana María".to_string()));
    assert_eq!(clean_name(""), Some(String::new()));
    assert_eq!(clean_name("Ana <script>"), None);
    assert_eq!(clean_name("ana@example.org"), None);
    assert_eq!(clean_name("0123"), None);
    assert_eq!(clean_name(&"a".repeat(41)), None);
}

#[test]
fn rater_codes_round_trip_with_their_request() {
    let b = bank();
    let code = rater_numbered(42, 4, 9);
    let (kind, session) = decode(b, &code).unwrap();
    assert_eq!(
        kind,
        Kind::Observer {
            request: 42,
            rater: 9
        }
    );
    // Two colleagues with the same answers make two different codes.
    assert_ne!(rater_numbered(42, 4, 9), rater_numbered(42, 4, 10));
    assert_eq!(session.form, Form::Short);
    // "No opportunity to observe" is allowed on any statement for a colleague.
    let mut answers = vec![None; b.items.len()];
    for item in b.sequence(Form::Full) {
        answers[item] = Some(Answer::NoOpportunity);
    }
    let all_unseen = encode_observer(b, Form::Full, 7, 1, &answers).unwrap();
    assert_eq!(
        decode(b, &all_unseen).unwrap().0,
        Kind::Observer {
            request: 7,
            rater: 1
        }
    );
    // Unfinished: no code.
    answers[b.sequence(Form::Full)[0]] = None;
    assert_eq!(encode_observer(b, Form::Full, 7, 1, &answers), None);
}

#[test]
fn others_show_only_from_three_raters_as_an_average_with_gaps_by_hand() {
    let b = bank();
    let own = own();
    let request = invite().request;
    // Two raters: not yet.
    let two = format!("{}\n{}", rater(request, 1), rater(request, 5));
    let c = Comparison::new(b, &own, &invite(), &two);
    assert_eq!(
        (c.raters, c.still_needed(), c.others.is_none()),
        (2, 1, true)
    );
    assert_eq!(c.gaps(), (vec![], vec![]));
    // The same code again counts once.
    let first = two.lines().next().unwrap();
    let again = format!("{two}\n{first}");
    let c = Comparison::new(b, &own, &invite(), &again);
    assert_eq!((c.raters, c.duplicates), (2, 1));
    // Three raters answering 5, 5 and 2 throughout: a positive item averages (100+100+25)/3 = 75,
    // a reversed one (0+0+75)/3 = 25, against the person's 50 everywhere: each pole is a gap of 25.
    let three = format!(
        "{}\n{}\n{}",
        rater(request, 5),
        rater(request, 5),
        rater(request, 2)
    );
    let c = Comparison::new(b, &own, &invite(), &three);
    assert_eq!(c.raters, MIN_RATERS);
    let others = c.others.clone().expect("three raters");
    let short = b.sequence(Form::Short);
    for (d, score) in others.iter().enumerate() {
        for pole in Pole::BOTH {
            let item = short
                .iter()
                .map(|&i| &b.items[i])
                .find(|i| i.dimension == d && i.pole == pole)
                .unwrap();
            let expected = match item.keying {
                Keying::Positive => 75.0,
                Keying::Reverse => 25.0,
            };
            assert!(
                (score.pole(pole).unwrap() - expected).abs() < 1e-9,
                "{d} {pole:?}"
            );
            assert_eq!(c.own[d].pole(pole), Some(50.0));
        }
    }
    let (blind, hidden) = c.gaps();
    let reversed = short
        .iter()
        .filter(|&&i| b.items[i].keying == Keying::Reverse)
        .count();
    assert_eq!(
        blind.len(),
        reversed,
        "others lower where the item is reversed"
    );
    assert_eq!(hidden.len(), 16 - reversed);
    assert!(blind.iter().all(|g| (g.difference() + 25.0).abs() < 1e-9));
    assert!(hidden.iter().all(|g| (g.difference() - 25.0).abs() < 1e-9));
}

#[test]
fn small_gaps_are_not_listed_and_larger_ones_come_first() {
    let b = bank();
    let own = own();
    let request = invite().request;
    // 3, 3, 4: positive items (50+50+75)/3 = 58.3 (gap 8.3, not listed); reversed 41.7 (not listed).
    let close = format!(
        "{}\n{}\n{}",
        rater(request, 3),
        rater(request, 3),
        rater(request, 4)
    );
    let c = Comparison::new(b, &own, &invite(), &close);
    assert_eq!(c.gaps(), (vec![], vec![]));
    // Ordered by size.
    let mixed = format!(
        "{}\n{}\n{}\n{}",
        rater(request, 5),
        rater(request, 4),
        rater(request, 4),
        rater(request, 5)
    );
    let (blind, hidden) = Comparison::new(b, &own, &invite(), &mixed).gaps();
    for list in [blind, hidden] {
        for pair in list.windows(2) {
            assert!(pair[0].difference().abs() >= pair[1].difference().abs());
        }
    }
}

#[test]
fn codes_of_another_request_form_or_kind_are_refused_with_the_reason() {
    let b = bank();
    let own = own();
    let request = invite().request;
    let own_code = encode(b, &own).unwrap();
    let mut full_answers = vec![None; b.items.len()];
    for item in b.sequence(Form::Full) {
        full_answers[item] = Some(Answer::Scale(3));
    }
    let full = encode_observer(b, Form::Full, request, 3, &full_answers).unwrap();
    let text = [
        rater(request + 1, 4),
        own_code,
        full,
        "R1AAAAAAAA".to_string(),
        rater(request, 4),
    ]
    .join(" ");
    let c = Comparison::new(b, &own, &invite(), &text);
    assert_eq!(c.raters, 1);
    let reasons: Vec<Refusal> = c.refused.iter().map(|(_, r)| *r).collect();
    assert_eq!(
        reasons,
        vec![
            Refusal::OtherRequest,
            Refusal::NotARaterCode,
            Refusal::OtherForm,
            Refusal::Code(CodeError::Damaged)
        ]
    );
}

#[test]
fn the_comparison_document() {
    let b = bank();
    let own = own();
    let request = invite().request;
    let two = format!("{} {}", rater(request, 5), rater(request, 5));
    let doc = Comparison::new(b, &own, &invite(), &two).document(&common::texts());
    common::assert_balanced(&doc);
    assert!(doc.contains("data-raters=\"2\""));
    assert!(doc.contains("data-needed=\"1\""));
    assert!(doc.contains(": 1 more needed."));
    assert!(
        !doc.contains("<svg"),
        "no others' scores below three raters"
    );
    let three = format!("{two} {} R1AAAAAAAA", rater(request, 2));
    let doc = Comparison::new(b, &own, &invite(), &three).document(&common::texts());
    common::assert_balanced(&doc);
    assert_eq!(doc.matches("<svg").count(), 2, "a radar per side");
    assert!(
        doc.contains("data-series=\"others-lead\"") && doc.contains("data-series=\"you-manage\"")
    );
    assert!(doc.contains("data-refused=\"true\""));
    let listed = doc.matches("data-gap-dimension=").count();
    assert_eq!(listed, 16, "every pole differs by 25");
    // The short form's statements are all positively keyed: others' 75 against the person's 50.
    assert_eq!(doc.matches("you 50, others 75").count(), 16);
}

#[test]
fn observer_statements_follow_the_bank() {
    let statements = common::texts().observer;
    let b = bank();
    assert_eq!(statements.len(), b.items.len());
    for (s, item) in statements.iter().zip(b.items) {
        assert_eq!(*s, item.observer);
    }
}

/// Fletcher-16, as in crates/core/src/record.rs (an invitation's checksum).
fn fletcher16(bytes: &[u8]) -> u16 {
    let (mut a, mut b) = (0u16, 0u16);
    for &byte in bytes {
        a = (a + u16::from(byte)) % 255;
        b = (b + a) % 255;
    }
    (b << 8) | a
}

/// An invitation from raw bytes, with a fresh checksum, as base64url without padding.
fn craft_invite(body: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bytes = body.to_vec();
    bytes.extend(fletcher16(body).to_be_bytes());
    let mut out = String::from("I1");
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

/// Two hundred thousand invitations with their bytes changed under a recomputed checksum, so
/// every change reaches the reader of the form, the request and the name: none panics, none is
/// refused as damaged, and whatever is read writes back to the same text.
#[test]
fn mutated_invitations_reach_the_reader_and_never_panic() {
    let mut rng = Rng(0x0014_17e5);
    let names: [&[u8]; 6] = [
        b"",
        b"Ana",
        "José-María O’Neil".as_bytes(),
        b"Li",
        "عمر".as_bytes(),
        b"J. R.",
    ];
    let pieces: [&[u8]; 8] = [
        b" ",
        b"-",
        b"<",
        b"\"",
        b"\xff",
        "é".as_bytes(),
        b"\n",
        b"x",
    ];
    let (mut read, mut refused) = (0, 0);
    for _ in 0..200_000 {
        let mut body = vec![rng.below(2) as u8];
        body.extend((rng.next() as u32).to_be_bytes());
        body.extend(names[rng.below(names.len())]);
        for _ in 0..=rng.below(3) {
            let at = rng.below(body.len() + 1);
            match rng.below(4) {
                0 if at < body.len() => body[at] = rng.next() as u8,
                1 => {
                    for (k, &byte) in pieces[rng.below(pieces.len())].iter().enumerate() {
                        body.insert(at + k, byte);
                    }
                }
                2 if at < body.len() => {
                    body.remove(at);
                }
                _ => body.truncate(at),
            }
        }
        let text = craft_invite(&body);
        match Invite::decode(&text) {
            Ok(invite) => {
                read += 1;
                assert_eq!(invite.encode(), text);
            }
            Err(CodeError::Invalid(_)) => refused += 1,
            // Fewer than the five bytes of form and request.
            Err(CodeError::Damaged) => assert!(body.len() < 5, "{text}"),
            Err(other) => panic!("{text}: {other:?}"),
        }
    }
    assert!(
        read > 50_000 && refused > 50_000,
        "{read} read, {refused} refused by the reader"
    );
}

/// A rater link's refusal speaks of a rater link, never of results: an empty `#rate=`, a foreign
/// text, a damaged link and a request this assessment cannot answer each have their own words.
#[test]
fn rater_link_errors_have_their_own_texts() {
    let t = common::texts();
    let good = invite().encode();
    let cases = [
        ("", CodeError::Empty, "holds no request"),
        (
            "R2AAAA",
            CodeError::Unrecognised,
            "not a Leadership Radar rater link",
        ),
        (
            &good[..good.len() - 2],
            CodeError::Damaged,
            "incomplete or was changed",
        ),
        (
            "I1A*",
            CodeError::BadCharacters,
            "incomplete or was changed",
        ),
    ];
    for (text, error, words) in cases {
        assert_eq!(Invite::decode(text), Err(error), "{text}");
        let said = explain_invite_error(&t, error);
        assert!(said.contains(words), "{said}");
        assert!(said.contains("rater link"), "{said}");
        assert_ne!(said, explain_code_error(&t, error));
    }
    let said = explain_invite_error(&t, CodeError::Invalid("an unknown form"));
    assert!(said.contains("cannot answer"), "{said}");
}
