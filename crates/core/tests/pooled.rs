#![cfg(not(target_arch = "wasm32"))]
//! Pooled requests and rater groups: the pool page's codes, pooled codes (round trips, refusals,
//! a million mutated inputs), the comparison from a pooled code, the refusal of a colleague's code
//! meant for the pool, the de-anonymisation a direct request allows and a pooled one stops, and
//! others' averages per group from three raters in that group.

mod common;
use common::{bank, run, texts, Rng};

use radar_core::bank::{Form, Pole};
use radar_core::flow::Session;
use radar_core::group::{Group, MIN_RATERS};
use radar_core::pooled::{pool, PoolRefusal};
use radar_core::raters::{Comparison, Invite, Refusal};
use radar_core::responses::Answer;
use radar_core::result_code::{
    decode, decode_pooled, encode, encode_observer, encode_pooled, CodeError, Rater,
};

const REQUEST: u32 = 0x5eed_cafe;

/// The person: the short form, every statement "Sometimes" (3). Every pole 50.
fn own() -> Session {
    let mut s = run(Form::Short, false).last().unwrap().clone();
    for &item in &s.sequence.clone() {
        s.responses.answers[item] = Some(Answer::Scale(3));
    }
    s
}

fn invite(pooled: bool) -> Invite {
    Invite {
        form: Form::Short,
        request: REQUEST,
        name: "Ana".to_string(),
        pooled,
    }
}

/// A colleague's short-form code: `answer(position)` for each statement in order.
fn code_with(number: u16, group: Group, pooled: bool, answer: impl Fn(usize) -> u8) -> String {
    let b = bank();
    let mut answers = vec![None; b.items.len()];
    for (position, item) in b.sequence(Form::Short).into_iter().enumerate() {
        answers[item] = Some(Answer::Scale(answer(position)));
    }
    let from = Rater {
        request: REQUEST,
        rater: number,
        group,
        pooled,
    };
    encode_observer(b, Form::Short, from, &answers).unwrap()
}

/// A colleague answering `value` to every statement.
fn code(number: u16, group: Group, pooled: bool, value: u8) -> String {
    code_with(number, group, pooled, |_| value)
}

#[test]
fn a_pool_makes_one_code_from_three_raters_with_nothing_of_any_one() {
    let b = bank();
    // Two raters: counted, no code yet.
    let two = format!(
        "{}\n{}",
        code(1, Group::Peer, true, 5),
        code(2, Group::Peer, true, 4)
    );
    let p = pool(b, &two);
    assert_eq!(p.requests.len(), 1);
    assert_eq!(
        (p.requests[0].raters, p.requests[0].code.as_deref()),
        (2, None)
    );
    // Three, in a chat with a person's own results and a repeat: one pooled code.
    let text = format!(
        "Ana: here {}\nBo: {} and again {}\nCy: {}\nme: {}",
        code(1, Group::Peer, true, 5),
        code(2, Group::Peer, true, 4),
        code(2, Group::Peer, true, 4),
        code(3, Group::Manager, true, 2),
        encode(b, run(Form::Short, false).last().unwrap()).unwrap(),
    );
    let p = pool(b, &text);
    assert_eq!(p.duplicates, 1);
    assert_eq!(p.refused.len(), 1);
    assert_eq!(p.refused[0].1, PoolRefusal::NotARaterCode);
    let request = &p.requests[0];
    assert_eq!(
        (request.form, request.request, request.raters),
        (Form::Short, REQUEST, 3)
    );
    assert_eq!(request.groups, [1, 2, 0, 0]);
    let pooled = decode_pooled(request.code.as_deref().expect("three raters")).unwrap();
    // Every pole by hand: answers 5, 4 and 2 are 100, 75 and 25 (positive items) or 0, 25 and 75
    // (the short form has positive items only): the mean is 200 / 3 = 66.7.
    for d in &pooled.overall {
        for pole in Pole::BOTH {
            assert_eq!(d.pole(pole), Some(66.7));
        }
    }
    // No group has three raters, so no group's average is in the code.
    assert!(pooled.by_group.iter().all(Option::is_none));
    assert_eq!(pooled.groups, [1, 2, 0, 0]);
    // Nothing of any one rater: a pooled code is not a rater code, nor results.
    assert_eq!(
        decode(b, request.code.as_deref().unwrap()).map(|_| ()),
        Err(CodeError::PooledCode)
    );
}

#[test]
fn pooled_codes_round_trip_and_refuse_what_cannot_be() {
    let b = bank();
    let text = (0..6)
        .map(|n| {
            code(
                n,
                if n < 3 {
                    Group::DirectReport
                } else {
                    Group::Peer
                },
                true,
                1 + (n % 5) as u8,
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let p = pool(b, &text);
    let made = p.requests[0].code.clone().unwrap();
    let pooled = decode_pooled(&made).unwrap();
    assert_eq!(pooled.groups, [0, 3, 3, 0]);
    assert!(pooled.by_group[Group::Peer.index()].is_some());
    assert!(pooled.by_group[Group::DirectReport.index()].is_some());
    assert_eq!(encode_pooled(&pooled).as_deref(), Some(made.as_str()));
    // Fewer than three, groups that do not add up, a group average from two: not written.
    let mut bad = pooled.clone();
    bad.raters = 2;
    bad.groups = [0, 1, 1, 0];
    bad.by_group = [None, None, None, None];
    assert_eq!(encode_pooled(&bad), None);
    let mut bad = pooled.clone();
    bad.groups = [0, 3, 2, 0];
    assert_eq!(encode_pooled(&bad), None);
    // A person's results or a rater code is not a pooled code.
    let results = encode(b, run(Form::Short, false).last().unwrap()).unwrap();
    assert_eq!(
        decode_pooled(&results),
        Err(CodeError::Invalid("not a pooled code"))
    );
    assert_eq!(
        decode_pooled(&code(1, Group::Peer, true, 3)),
        Err(CodeError::Invalid("not a pooled code"))
    );
    for cut in 2..made.len() {
        assert!(decode_pooled(&made[..cut]).is_err(), "cut to {cut}");
    }
    assert_eq!(
        decode_pooled(&made.replacen("R2", "R9", 1)),
        Err(CodeError::FutureVersion(9))
    );
}

#[test]
fn a_million_mutated_pooled_codes_never_panic_and_what_decodes_writes_itself() {
    let b = bank();
    let text = (0..5)
        .map(|n| code(n, Group::Peer, true, 1 + (n % 5) as u8))
        .collect::<Vec<_>>()
        .join(" ");
    let seed = pool(b, &text).requests[0].code.clone().unwrap();
    let symbols = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut rng = Rng(0x9001);
    for _ in 0..1_000_000 {
        let mut t = seed.clone().into_bytes();
        for _ in 0..=rng.below(3) {
            let at = 2 + rng.below(t.len() - 2);
            t[at] = symbols[rng.below(symbols.len())];
        }
        let t = String::from_utf8(t).unwrap();
        if let Ok(pooled) = decode_pooled(&t) {
            assert!(pooled.raters >= MIN_RATERS);
            assert_eq!(encode_pooled(&pooled).as_deref(), Some(t.as_str()), "{t}");
        }
    }
}

#[test]
fn the_de_anonymisation_a_direct_request_allows_fails_in_a_pooled_one() {
    let b = bank();
    let own = own();
    // A colleague's real answers, which the person wants to read back.
    let real = |position: usize| 1 + (position % 5) as u8;
    // Direct: the person answers their own rater link twice with known values (1 and 1), pastes
    // those beside one real code, and reads the real one back from the average: 3 * mean - 0 - 0.
    let direct = format!(
        "{} {} {}",
        code(900, Group::Peer, false, 1),
        code(901, Group::Peer, false, 1),
        code_with(7, Group::Peer, false, real)
    );
    let c = Comparison::new(b, &own, &invite(false), &direct);
    let others = c.others.expect("three codes, direct");
    for (position, &item) in b.sequence(Form::Short).iter().enumerate() {
        let it = &b.items[item];
        let mean = others.overall[it.dimension].pole(it.pole).unwrap();
        let worked_out = 3.0 * mean;
        assert!((worked_out - 25.0 * f64::from(real(position) - 1)).abs() < 1e-6);
    }
    // Pooled: the colleague's code is meant for the pool, so the person's results refuse it, and
    // the two codes the person made of their own link are refused the same way.
    let pooled_codes = format!(
        "{} {} {}",
        code(900, Group::Peer, true, 1),
        code(901, Group::Peer, true, 1),
        code_with(7, Group::Peer, true, real)
    );
    let c = Comparison::new(b, &own, &invite(true), &pooled_codes);
    assert_eq!(c.others, None);
    assert_eq!(c.raters, 0);
    assert!(c.refused.iter().all(|(_, why)| *why == Refusal::ForThePool));
    assert_eq!(c.refused.len(), 3);
    // What the person can get is the pool's code, made from three real colleagues by someone else:
    // one average, and codes set beside it are refused rather than averaged in.
    let three = format!(
        "{} {} {}",
        code_with(7, Group::Peer, true, real),
        code(8, Group::Peer, true, 4),
        code(9, Group::Manager, true, 2)
    );
    let pooled = pool(b, &three).requests[0].code.clone().unwrap();
    let beside = format!(
        "{pooled} {} {}",
        code(900, Group::Peer, false, 1),
        code(901, Group::Peer, false, 1)
    );
    let c = Comparison::new(b, &own, &invite(true), &beside);
    assert!(c.from_pool);
    assert_eq!(c.raters, 3);
    assert_eq!(
        c.refused
            .iter()
            .filter(|(_, why)| *why == Refusal::AfterPool)
            .count(),
        2
    );
    assert_eq!(c.others, decode_pooled(&pooled).ok());
}

#[test]
fn a_pooled_code_for_another_request_or_form_is_refused() {
    let b = bank();
    let three = (0..3)
        .map(|n| code(n, Group::Peer, true, 3))
        .collect::<Vec<_>>()
        .join(" ");
    let pooled = pool(b, &three).requests[0].code.clone().unwrap();
    let mut other = invite(true);
    other.request ^= 1;
    let c = Comparison::new(b, &own(), &other, &pooled);
    assert_eq!(c.refused.len(), 1);
    assert_eq!(c.refused[0].1, Refusal::OtherRequest);
    let mut full = invite(true);
    full.form = Form::Full;
    let c = Comparison::new(b, &own(), &full, &pooled);
    assert_eq!(c.refused[0].1, Refusal::OtherForm);
}

#[test]
fn others_show_per_group_only_from_three_raters_in_that_group() {
    let b = bank();
    let t = texts();
    // Three peers at 5 and two managers at 1: overall from five, peers shown, managers counted only.
    let text = format!(
        "{} {} {} {} {}",
        code(1, Group::Peer, false, 5),
        code(2, Group::Peer, false, 5),
        code(3, Group::Peer, false, 5),
        code(4, Group::Manager, false, 1),
        code(5, Group::Manager, false, 1)
    );
    let c = Comparison::new(b, &own(), &invite(false), &text);
    assert_eq!(c.raters, 5);
    assert_eq!(c.groups, [2, 3, 0, 0]);
    let others = c.others.clone().unwrap();
    assert_eq!(others.overall[0].lead, Some(60.0)); // (3 * 100 + 2 * 0) / 5
    assert_eq!(
        others.by_group[Group::Peer.index()].as_ref().unwrap()[0].lead,
        Some(100.0)
    );
    assert_eq!(others.by_group[Group::Manager.index()], None);
    let html = c.document(&t);
    assert!(
        html.contains("<li data-group=\"peer\" data-raters=\"3\">Peers: 3</li>"),
        "{html}"
    );
    assert!(html.contains("<li data-group=\"manager\" data-raters=\"2\">Manager (a group&#39;s average shows from 3): 2</li>"));
    assert!(html.contains("<th scope=\"col\" data-group=\"peer\">Peers</th>"));
    assert!(!html.contains("<th scope=\"col\" data-group=\"manager\">"));
    // A version 1 rater code said no group: it counts as "other".
    assert_eq!(Group::from_index(3), Some(Group::Other));
}

#[test]
fn the_three_largest_gaps_become_places_to_focus_blind_spots_first_with_their_actions() {
    let b = bank();
    let t = texts();
    let sequence = b.sequence(Form::Short);
    // Colleagues all answer "Never" on the first statement and "Rarely" on the second (others 0
    // and 25 against the person's 50: blind spots of 50 and 25), "Often" on the rest (75: sides
    // others rate higher by 25).
    let answer = |position: usize| match position {
        0 => 1,
        1 => 2,
        _ => 4,
    };
    let text = (1..=3)
        .map(|n| code_with(n, Group::Peer, false, answer))
        .collect::<Vec<_>>()
        .join(" ");
    let c = Comparison::new(b, &own(), &invite(false), &text);
    let focus = c.focus_gaps();
    assert_eq!(focus.len(), radar_core::raters::FOCUS_GAPS);
    let side = |position: usize| {
        let item = &b.items[sequence[position]];
        (item.dimension, item.pole)
    };
    assert_eq!((focus[0].dimension, focus[0].pole), side(0));
    assert_eq!((focus[1].dimension, focus[1].pole), side(1));
    assert!(focus[0].difference() < focus[1].difference() && focus[1].difference() < 0.0);
    assert!(focus[2].difference() > 0.0);
    let html = c.document(&t);
    let section = &html[html.find("compare-focus").expect("the focus card")..];
    let (d, pole) = side(0);
    let action = t.interpretation.action(d, pole).unwrap().action;
    let first = &section[section.find("<li").unwrap()..section.find("</li>").unwrap()];
    assert!(
        first.contains(&format!("data-focus-dimension=\"{}\"", b.dimensions[d].id)),
        "{first}"
    );
    assert!(first.contains(": you 50, others 0</strong> "), "{first}");
    assert!(
        first.contains(&action.replace('\'', "&#39;").replace('"', "&quot;")),
        "{first}"
    );
    // Below three raters there is nothing to focus on.
    let two = (1..=2)
        .map(|n| code(n, Group::Peer, false, 5))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(Comparison::new(b, &own(), &invite(false), &two)
        .focus_gaps()
        .is_empty());
}
