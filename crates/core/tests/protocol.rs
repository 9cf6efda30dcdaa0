#![cfg(not(target_arch = "wasm32"))]
//! The embedding protocol: which host messages are obeyed, where private messages go, and the JSON.

mod common;
use common::{bank, run, Rng};

use radar_core::bank::Form;
use radar_core::flow::{Screen, Session};
use radar_core::protocol::{
    accept, origin_of, private_targets, Command, Field, Ignored, Outgoing, Progress, Received,
    Scores,
};
use radar_core::record;

const LMS: &str = "http://lms.test:4175";

fn allowed() -> Vec<String> {
    vec![LMS.to_string(), "https://portal.example.org".to_string()]
}

fn message<'a>(kind: &'a str, state: Field<'a>) -> Received<'a> {
    Received {
        origin: LMS,
        from_parent: true,
        source: Field::Text("leadership-radar"),
        version: Field::Number(1.0),
        kind: Field::Text(kind),
        state,
    }
}

#[test]
fn obeys_the_three_commands_from_a_trusted_parent() {
    let list = allowed();
    assert_eq!(
        accept(&message("requestSize", Field::Absent), &list),
        Ok(Command::RequestSize)
    );
    assert_eq!(
        accept(&message("reset", Field::Absent), &list),
        Ok(Command::Reset)
    );
    assert_eq!(
        accept(&message("init", Field::Absent), &list),
        Ok(Command::Init(None))
    );
    assert_eq!(
        accept(&message("init", Field::Text("LR1.s.i.p0")), &list),
        Ok(Command::Init(Some("LR1.s.i.p0".to_string())))
    );
}

#[test]
fn ignores_other_windows_origins_and_shapes() {
    let list = allowed();
    let base = message("reset", Field::Absent);
    let not_parent = Received {
        from_parent: false,
        ..base
    };
    assert_eq!(accept(&not_parent, &list), Err(Ignored::NotParent));
    // Exact matching only: no prefix, suffix, case or trailing-slash tricks.
    for origin in [
        "http://lms.test:4176",
        "http://lms.test",
        "http://lms.test:4175/",
        "http://LMS.test:4175",
        "http://lms.test:4175.evil.test",
        "http://evil.lms.test:4175",
        "null",
        "",
    ] {
        let forged = Received { origin, ..base };
        assert_eq!(
            accept(&forged, &list),
            Err(Ignored::UntrustedOrigin),
            "{origin}"
        );
    }
    assert_eq!(
        accept(&base, &[]),
        Err(Ignored::UntrustedOrigin),
        "no list trusts nobody"
    );
    for source in [
        Field::Absent,
        Field::Text("quizembed"),
        Field::Number(1.0),
        Field::Other,
    ] {
        assert_eq!(
            accept(&Received { source, ..base }, &list),
            Err(Ignored::NotOurs)
        );
    }
    for version in [
        Field::Absent,
        Field::Number(2.0),
        Field::Text("1"),
        Field::Other,
    ] {
        assert_eq!(
            accept(&Received { version, ..base }, &list),
            Err(Ignored::Malformed)
        );
    }
    for kind in [
        Field::Text("completed"),
        Field::Text("Reset"),
        Field::Absent,
        Field::Other,
    ] {
        assert_eq!(
            accept(&Received { kind, ..base }, &list),
            Err(Ignored::Malformed)
        );
    }
    let long = "x".repeat(4_001);
    for state in [Field::Number(3.0), Field::Other, Field::Text(&long)] {
        assert_eq!(
            accept(&message("init", state), &list),
            Err(Ignored::Malformed)
        );
    }
}

#[test]
fn random_messages_are_obeyed_only_when_every_check_passes() {
    let list = allowed();
    let origins = [
        LMS,
        "https://portal.example.org",
        "http://evil.test",
        "null",
    ];
    let sources = [
        Field::Text("leadership-radar"),
        Field::Text("h5p"),
        Field::Absent,
    ];
    let versions = [Field::Number(1.0), Field::Number(0.0), Field::Text("1")];
    let kinds = [
        Field::Text("init"),
        Field::Text("reset"),
        Field::Text("requestSize"),
        Field::Text("x"),
    ];
    let mut rng = Rng(0x5eed_cafe);
    for _ in 0..5_000 {
        let m = Received {
            origin: origins[rng.below(origins.len())],
            from_parent: rng.below(2) == 0,
            source: sources[rng.below(sources.len())],
            version: versions[rng.below(versions.len())],
            kind: kinds[rng.below(kinds.len())],
            state: Field::Absent,
        };
        let trusted = m.from_parent
            && list.iter().any(|o| o == m.origin)
            && m.source == Field::Text("leadership-radar")
            && m.version == Field::Number(1.0)
            && m.kind != Field::Text("x");
        assert_eq!(accept(&m, &list).is_ok(), trusted, "{m:?}");
    }
}

#[test]
fn private_messages_go_only_to_the_allow_listed_parent() {
    let list = allowed();
    assert_eq!(private_targets(&list, Some(LMS)), vec![LMS.to_string()]);
    assert!(
        private_targets(&list, Some("http://evil.test")).is_empty(),
        "an untrusted parent gets nothing"
    );
    assert_eq!(
        private_targets(&list, None),
        list,
        "unknown parent: the browser matches"
    );
    assert!(private_targets(&[], None).is_empty());
    assert!(private_targets(&[], Some(LMS)).is_empty());
}

#[test]
fn origins_of_referrers() {
    assert_eq!(origin_of("http://lms.test:4175/course/7?x=1"), Some(LMS));
    assert_eq!(
        origin_of("https://portal.example.org"),
        Some("https://portal.example.org")
    );
    assert_eq!(
        origin_of("https://a.example#frag"),
        Some("https://a.example")
    );
    assert_eq!(origin_of(""), None);
    assert_eq!(origin_of("about:blank"), None);
    assert_eq!(origin_of("file:///tmp/x.html"), None);
    assert_eq!(origin_of("https:///path"), None);
    assert_eq!(origin_of("https://user@host/"), None);
}

#[test]
fn progress_counts_items_and_scenarios() {
    let b = bank();
    let sessions = run(Form::Short, true);
    let first = Progress::of(b, &sessions[0]);
    assert_eq!(first.answered, 0);
    let last = sessions.last().unwrap();
    let done = Progress::of(b, last);
    assert_eq!(done.answered, done.total);
    assert_eq!(done.total, last.sequence.len() + b.scenarios.len());
    // Never decreasing along a run, and never above the total.
    let mut previous = 0;
    for s in &sessions {
        let p = Progress::of(b, s);
        assert!(p.answered <= p.total);
        assert!(
            p.answered >= previous || s.screen == Screen::Intro,
            "{:?}",
            s.screen
        );
        previous = p.answered;
    }
    let skipped = run(Form::Short, false);
    let p = Progress::of(b, skipped.last().unwrap());
    assert_eq!(
        (p.answered, p.total),
        (16, 16),
        "a skip takes the scenarios out of the total"
    );
}

fn json(outgoing: &Outgoing, id: &str) -> String {
    outgoing.to_json(bank(), id)
}

#[test]
fn golden_messages() {
    assert_eq!(
        json(&Outgoing::Resize(812), "frame-1"),
        r#"{"source":"leadership-radar","v":1,"id":"frame-1","type":"resize","height":812}"#
    );
    assert_eq!(
        json(
            &Outgoing::Ready {
                storage: "memory",
                lms: "none"
            },
            ""
        ),
        format!(
            r#"{{"source":"leadership-radar","v":1,"id":"","type":"ready","version":"{}","storage":"memory","lms":"none"}}"#,
            env!("CARGO_PKG_VERSION")
        )
    );
    assert_eq!(
        json(
            &Outgoing::Progress(Progress {
                answered: 3,
                total: 22
            }),
            "a"
        ),
        r#"{"source":"leadership-radar","v":1,"id":"a","type":"progress","answered":3,"total":22}"#
    );
    assert_eq!(
        json(&Outgoing::State("LR1.s.q1"), "a\"b\\c\n"),
        r#"{"source":"leadership-radar","v":1,"id":"a\"b\\c\u000a","type":"state","data":"LR1.s.q1"}"#
    );
    assert!(!Outgoing::Resize(1).is_private());
    assert!(!Outgoing::Ready {
        storage: "local",
        lms: "none"
    }
    .is_private());
    assert!(Outgoing::Progress(Progress {
        answered: 0,
        total: 1
    })
    .is_private());
    assert!(Outgoing::State("").is_private());
}

#[test]
fn completion_carries_scores_and_never_answers() {
    let b = bank();
    let sessions = run(Form::Full, true);
    let last = sessions.last().unwrap();
    assert!(
        Scores::of(b, &sessions[sessions.len() - 2]).is_none(),
        "only once the results open"
    );
    let scores = Scores::of(b, last).expect("finished");
    let message = Outgoing::Completed(&scores);
    assert!(message.is_private());
    let text = json(&message, "x");
    assert!(common::is_json(&text), "{text}");
    assert!(text.starts_with(r#"{"source":"leadership-radar","v":1,"id":"x","type":"completed","form":"full","leadership":"#));
    for id in common::dimension_ids() {
        assert!(text.contains(&format!(r#"{{"id":"{id}","lead":"#)), "{id}");
    }
    for key in [
        "\"management\":",
        "\"archetype\":\"",
        "\"agility\":",
        "\"switchedHats\":",
    ] {
        assert!(text.contains(key), "{key} in {text}");
    }
    let record = record::encode(last);
    let answers = record.split('.').nth(4).unwrap();
    assert!(
        !text.contains(answers),
        "the answers never leave in a completion"
    );
    assert!(!text.contains("LR1"));
    // Scores to one decimal: the leadership index printed matches the scored one.
    let leadership = scores.report.leadership.unwrap();
    let shown = format!("\"leadership\":{}", (leadership * 10.0).round() / 10.0);
    assert!(text.contains(&shown), "{shown} in {text}");
}

#[test]
fn completion_of_a_skip_has_no_agility() {
    let b = bank();
    let sessions = run(Form::Short, false);
    let scores = Scores::of(b, sessions.last().unwrap()).unwrap();
    let text = json(&Outgoing::Completed(&scores), "");
    assert!(
        text.contains(r#""agility":null,"switchedHats":null"#),
        "{text}"
    );
    assert!(text.contains(r#""form":"short""#));
}

#[test]
fn a_fresh_session_has_no_scores() {
    assert!(Scores::of(bank(), &Session::new(bank())).is_none());
}
